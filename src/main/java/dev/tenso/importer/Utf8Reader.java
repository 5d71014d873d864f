package dev.tenso.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Decodes an import file as strict UTF-8, counting lines, so that a byte sequence that is not
 * UTF-8 (a file saved as Shift_JIS or UTF-16) is told as exactly that, with its line; and stops
 * at {@link ImportLimits#maxBytes()} with "the file is larger than N MB".
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final long maxBytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private long read;
  private int line = 1;
  private boolean eof;
  private boolean flushed;

  Utf8Reader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  static FileProblem tooLarge(long maxBytes) {
    return new FileProblem(new ImportError(0, "(file)", ImportReason.FILE_TOO_LARGE.name(),
        Map.of("mb", Long.toString(maxBytes >> 20))));
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off && !flushed) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        throw new FileProblem(ImportError.of(line + newlines(cbuf, off, out.position()), "(file)",
            ImportReason.NOT_UTF8));
      }
      if (eof) {
        flushed = r.isUnderflow() && decoder.flush(out).isUnderflow();
      } else if (r.isUnderflow()) {
        fill();
      }
    }
    int n = out.position() - off;
    line += newlines(cbuf, off, off + n);
    return n == 0 ? -1 : n;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
      read += n;
      if (read > maxBytes) {
        throw tooLarge(maxBytes);
      }
    }
    bytes.flip();
  }

  private static int newlines(char[] c, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (c[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
