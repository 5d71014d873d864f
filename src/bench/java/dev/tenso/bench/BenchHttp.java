package dev.tenso.bench;

import java.net.http.HttpClient;

/** HTTP clients for the benchmarks that drive a server: one HTTP/1.1 client per thread. */
final class BenchHttp {
  private BenchHttp() {}

  static HttpClient[] clients(int threads) {
    HttpClient[] clients = new HttpClient[threads];
    for (int i = 0; i < threads; i++) {
      clients[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
    return clients;
  }
}
