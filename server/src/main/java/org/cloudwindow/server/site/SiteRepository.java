package org.cloudwindow.server.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SiteRepository {

  private static final String SITE_COLUMNS = "id, code, name, tier, parent_id, path, enabled";
  private static final String WINDOW_SELECT = """
      select w.id, w.name, w.site_id, s.name as site_name, w.department_code,
             d.name as department_name, d.name_en as department_name_en, w.comprehensive, w.enabled
        from service_window w
        join site s on s.id = w.site_id
        left join department d on d.code = w.department_code
      """;

  private final JdbcClient jdbc;

  SiteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Site> find(long id) {
    return jdbc.sql("select " + SITE_COLUMNS + " from site where id = ?").param(id)
        .query(SiteRepository::site).optional();
  }

  boolean codeTaken(String code, @Nullable Long exceptId) {
    return jdbc.sql("select count(*) from site where code = ? and id <> ?")
        .params(code, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
  }

  List<Site> roots() {
    return jdbc.sql("select " + SITE_COLUMNS + " from site where parent_id is null order by id")
        .query(SiteRepository::site).list();
  }

  long count() {
    return jdbc.sql("select count(*) from site").query(Long.class).single();
  }

  /** The site itself and every site below it, parents before children. */
  List<Site> subtree(Site root) {
    return jdbc.sql("select " + SITE_COLUMNS + " from site where path like ? order by length(path), name")
        .param(root.path() + "%").query(SiteRepository::site).list();
  }

  /** The sites whose ids appear in the path, root first. */
  List<Site> ancestorsOf(Site site) {
    List<Long> ids = pathIds(site.path());
    return jdbc.sql("select " + SITE_COLUMNS + " from site where id in (:ids) order by length(path)")
        .param("ids", ids).query(SiteRepository::site).list();
  }

  long insert(NewSite site, String parentPath) {
    long id = jdbc.sql("select nextval('site_id_seq')").query(Long.class).single();
    jdbc.sql("insert into site (id, code, name, tier, parent_id, path) values (?, ?, ?, ?, ?, ?)")
        .params(id, site.code(), site.name().strip(), site.tier().name(), site.parentId(),
            parentPath + id + "/")
        .update();
    return id;
  }

  void update(long id, SiteChange change) {
    jdbc.sql("update site set code = ?, name = ?, enabled = ? where id = ?")
        .params(change.code(), change.name().strip(), change.enabled(), id).update();
  }

  List<Department> departments() {
    return jdbc.sql("select code, name, name_en from department order by sort_order")
        .query((rs, n) -> new Department(rs.getString("code"), rs.getString("name"), rs.getString("name_en")))
        .list();
  }

  boolean departmentExists(String code) {
    return jdbc.sql("select count(*) from department where code = ?").param(code)
        .query(Long.class).single() > 0;
  }

  Optional<Window> findWindow(long id) {
    return jdbc.sql(WINDOW_SELECT + " where w.id = ?").param(id).query(SiteRepository::window).optional();
  }

  List<Window> windowsAt(Collection<Long> siteIds) {
    if (siteIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(WINDOW_SELECT + " where w.site_id in (:ids) order by length(s.path), s.name, w.comprehensive, d.sort_order")
        .param("ids", siteIds).query(SiteRepository::window).list();
  }

  List<Window> allWindows() {
    return jdbc.sql(WINDOW_SELECT + " order by w.id").query(SiteRepository::window).list();
  }

  long insertWindow(NewWindow window) {
    return jdbc.sql("""
            insert into service_window (name, site_id, department_code, comprehensive)
            values (?, ?, ?, ?) returning id""")
        .params(window.name().strip(), window.siteId(), window.departmentCode(), window.comprehensive())
        .query(Long.class).single();
  }

  void updateWindow(long id, WindowChange change) {
    jdbc.sql("update service_window set name = ?, department_code = ?, comprehensive = ?, enabled = ? where id = ?")
        .params(change.name().strip(), change.departmentCode(), change.comprehensive(), change.enabled(), id)
        .update();
  }

  boolean windowExists(long siteId, @Nullable String departmentCode, boolean comprehensive, @Nullable Long exceptId) {
    String condition = comprehensive ? "comprehensive" : "not comprehensive and department_code = :department";
    var spec = jdbc.sql("select count(*) from service_window where site_id = :site and id <> :except and " + condition)
        .param("site", siteId).param("except", exceptId == null ? -1L : exceptId);
    if (!comprehensive) {
      spec = spec.param("department", departmentCode);
    }
    return spec.query(Long.class).single() > 0;
  }

  static List<Long> pathIds(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
  }

  private static Site site(ResultSet rs, int row) throws SQLException {
    Long parent = rs.getObject("parent_id", Long.class);
    return new Site(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
        SiteTier.valueOf(rs.getString("tier")), parent, rs.getString("path"), rs.getBoolean("enabled"));
  }

  private static Window window(ResultSet rs, int row) throws SQLException {
    return new Window(rs.getLong("id"), rs.getString("name"), rs.getLong("site_id"), rs.getString("site_name"),
        rs.getString("department_code"), rs.getString("department_name"), rs.getString("department_name_en"),
        rs.getBoolean("comprehensive"), rs.getBoolean("enabled"));
  }
}
