package dev.tenso.config;

import dev.tenso.config.EmbeddedRedis.EmbeddedRedisException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data folder of the embedded Redis belongs to one running tenso: it holds an OS lock on
 * {@code tenso.lock} in that folder while it runs, with its process id written inside. The OS
 * drops the lock when the process ends, however it ends (kill -9 included), so a redis-server
 * found running on the folder while the lock is free was left by a tenso that is gone; while the
 * lock is held, a second tenso must leave everything alone.
 *
 * <p>A JVM closing any channel of a locked file may drop its own lock on it (POSIX), so the
 * folders this JVM holds are also kept here and a second claim from this JVM opens nothing.
 */
final class DataFolderLock implements AutoCloseable {
  static final String FILE = "tenso.lock";
  private static final Set<Path> HELD_BY_THIS_JVM = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private DataFolderLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the folder (which must exist), or throws naming the tenso that has it. */
  static DataFolderLock acquire(Path folder) {
    Path file;
    try {
      file = folder.toRealPath().resolve(FILE);
    } catch (IOException e) {
      throw new EmbeddedRedisException("Cannot read the data folder " + folder,
          EmbeddedRedisException.FIX_THE_FOLDER, e);
    }
    if (!HELD_BY_THIS_JVM.add(file)) {
      throw taken(folder, ProcessHandle.current().pid() + " (this one)");
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw taken(folder, owner(file));
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
          .getBytes(StandardCharsets.US_ASCII)));
      channel.force(false);
      return new DataFolderLock(file, channel, lock);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      HELD_BY_THIS_JVM.remove(file);
      throw e instanceof EmbeddedRedisException refused ? refused
          : new EmbeddedRedisException("Cannot lock the data folder " + folder + " (" + file + ")",
              EmbeddedRedisException.FIX_THE_FOLDER, e);
    }
  }

  /** Releases the folder; the lock file stays (it is only ever locked, never trusted by itself). */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel releases it too
    } finally {
      closeQuietly(channel);
      HELD_BY_THIS_JVM.remove(file);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // nothing more to release
    }
  }

  private static String owner(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return pid.matches("\\d{1,10}") ? pid : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static EmbeddedRedisException taken(Path folder, String pid) {
    return new EmbeddedRedisException("Another tenso (process " + pid + ") is running with the "
        + "data folder " + folder.toAbsolutePath().normalize() + ". This one stops now and leaves "
        + "that folder and its Redis alone.",
        "Use the tenso that is running, or stop it first; to run a second one, give it its own "
        + "tenso.data-dir, tenso.redis.embedded-port and PORT.", null);
  }
}
