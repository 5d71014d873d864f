package dev.tenso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** tenso: call forwarding of office numbers, from Slack and from any phone. */
@SpringBootApplication
public class TensoApplication {
  public static void main(String[] args) {
    SpringApplication.run(TensoApplication.class, args);
  }
}
