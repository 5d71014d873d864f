package dev.tenso.testsupport;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Page;
import dev.tenso.core.directory.SearchField;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Users;
import dev.tenso.core.inventory.IpNumber;
import java.util.List;
import java.util.Optional;

/** A real directory passed through, for a test to change one or two of its answers. */
public class DelegatingUsers implements Users {
  protected final Users real;

  public DelegatingUsers(Users real) {
    this.real = real;
  }

  /** The directory, except that reading all of it fails the test: no request may. */
  public static Users unscannable(Users real) {
    return new DelegatingUsers(real) {
      @Override
      public List<User> all() {
        throw new AssertionError("a request read the whole directory");
      }
    };
  }

  @Override
  public Optional<User> byId(UserId id) {
    return real.byId(id);
  }

  @Override
  public Optional<User> byEmail(Email email) {
    return real.byEmail(email);
  }

  @Override
  public Optional<User> bySlackId(String slackId) {
    return real.bySlackId(slackId);
  }

  @Override
  public List<User> byNumber(IpNumber number) {
    return real.byNumber(number);
  }

  @Override
  public List<User> byPhone(String digits, int limit) {
    return real.byPhone(digits, limit);
  }

  @Override
  public Page<User> page(SearchField field, String prefix, int page, int pageSize) {
    return real.page(field, prefix, page, pageSize);
  }

  @Override
  public List<User> all() {
    return real.all();
  }

  @Override
  public boolean create(User user, AuditEvent event) {
    return real.create(user, event);
  }

  @Override
  public boolean update(User expected, User next, AuditEvent event) {
    return real.update(expected, next, event);
  }

  @Override
  public UserId nextId() {
    return real.nextId();
  }
}
