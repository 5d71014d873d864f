package dev.tenso.core.auth;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserId;
import dev.tenso.core.directory.Users;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hand-made double of the directory port (the Redis directory is another branch's adapter);
 * only the sign-in stores under test run against real Redis.
 */
public final class TestUsers implements Users {
  private final Map<UserId, User> byId = new ConcurrentHashMap<>();

  @Override
  public Optional<User> byId(UserId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<User> byEmail(Email email) {
    return byId.values().stream().filter(u -> u.email().key().equals(email.key())).findFirst();
  }

  @Override
  public List<User> all() {
    return byId.values().stream().sorted(Comparator.comparing(u -> u.email().key())).toList();
  }

  @Override
  public boolean create(User user) {
    if (byEmail(user.email()).isPresent()) {
      return false;
    }
    return byId.putIfAbsent(user.id(), user) == null;
  }

  @Override
  public void update(User user) {
    byId.replace(user.id(), user);
  }

  @Override
  public UserId nextId() {
    return new UserId("u" + UUID.randomUUID().toString().replace("-", ""));
  }
}
