package org.cloudwindow.server.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cloudwindow.server.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

  private static final String SELECT = """
      select u.id, u.username, u.display_name, u.phone, u.site_id, s.name as site_name, u.enabled,
             u.password_hash, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
        from app_user u
        join site s on s.id = u.site_id
        left join user_role r on r.user_id = u.id
      """;
  private static final String GROUP = " group by u.id, s.name";

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredUser> findByUsername(String username) {
    return jdbc.sql(SELECT + " where u.username = :username" + GROUP).param("username", username)
        .query(UserRepository::stored).optional();
  }

  Optional<StoredUser> find(long id) {
    return jdbc.sql(SELECT + " where u.id = :id" + GROUP).param("id", id)
        .query(UserRepository::stored).optional();
  }

  List<StoredUser> atSites(Collection<Long> siteIds) {
    if (siteIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where u.site_id in (:sites)" + GROUP + " order by u.username")
        .param("sites", siteIds).query(UserRepository::stored).list();
  }

  List<StoredUser> withRole(Role role) {
    return jdbc.sql(SELECT + " where u.id in (select user_id from user_role where role = :role)" + GROUP
        + " order by u.username").param("role", role.name()).query(UserRepository::stored).list();
  }

  boolean usernameTaken(String username) {
    return jdbc.sql("select count(*) from app_user where username = ?").param(username)
        .query(Long.class).single() > 0;
  }

  long countWithRole(Role role) {
    return jdbc.sql("select count(*) from user_role r join app_user u on u.id = r.user_id where r.role = ? and u.enabled")
        .param(role.name()).query(Long.class).single();
  }

  long insert(NewUser user, String passwordHash) {
    long id = jdbc.sql("""
            insert into app_user (username, display_name, phone, site_id, password_hash, enabled)
            values (?, ?, ?, ?, ?, ?) returning id""")
        .params(user.username(), user.displayName().strip(), blankToNull(user.phone()), user.siteId(),
            passwordHash, user.enabled() == null || user.enabled())
        .query(Long.class).single();
    replaceRoles(id, user.roles());
    return id;
  }

  void update(long id, String displayName, @Nullable String phone, long siteId, boolean enabled) {
    jdbc.sql("update app_user set display_name = ?, phone = ?, site_id = ?, enabled = ? where id = ?")
        .params(displayName.strip(), blankToNull(phone), siteId, enabled, id).update();
  }

  void updatePassword(long id, String passwordHash) {
    jdbc.sql("update app_user set password_hash = ? where id = ?").params(passwordHash, id).update();
  }

  void replaceRoles(long id, Set<Role> roles) {
    jdbc.sql("delete from user_role where user_id = ?").param(id).update();
    for (Role role : roles) {
      jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static StoredUser stored(ResultSet rs, int row) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
    var account = new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
        rs.getString("phone"), rs.getLong("site_id"), rs.getString("site_name"), roles, rs.getBoolean("enabled"));
    return new StoredUser(account, rs.getString("password_hash"));
  }

  /** The account with its password hash, which never leaves this package. */
  record StoredUser(UserAccount account, String passwordHash) {}
}
