package org.cloudwindow.server.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cloudwindow.server.web.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Case lists by scope: the points, windows and review windows a user works for. */
@Repository
class CaseListRepository {

  /** Stands for "none": {@code in ()} is not SQL. */
  private static final List<Long> NONE = List.of(-1L);

  private final JdbcClient jdbc;

  CaseListRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<CaseListItem> list(Collection<Long> workerSites, Collection<Long> windows, @Nullable CaseState state, int limit) {
    return jdbc.sql("""
            select c.id, c.case_number, c.state, c.applicant_name, c.applicant_id_number, c.worker_site_id,
              c.window_id, c.review_window_id, c.created_at, c.updated_at, c.decision_deadline,
              array(select m.matter_code from case_matter m where m.case_id = c.id order by m.position) as codes,
              array(select m.matter_name from case_matter m where m.case_id = c.id order by m.position) as names
            from case_record c
            where (c.worker_site_id in (:sites) or c.window_id in (:windows) or c.review_window_id in (:windows))
              and (cast(:state as varchar) is null or c.state = :state)
            order by c.updated_at desc, c.id desc limit :limit""")
        .param("sites", workerSites.isEmpty() ? NONE : workerSites)
        .param("windows", windows.isEmpty() ? NONE : windows)
        .param("state", state == null ? null : state.name())
        .param("limit", limit)
        .query(CaseListRepository::item).list();
  }

  private static CaseListItem item(ResultSet rs, int n) throws SQLException {
    String[] codes = (String[]) rs.getArray("codes").getArray();
    String[] names = (String[]) rs.getArray("names").getArray();
    List<CaseListItem.Matter> matters = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      matters.add(new CaseListItem.Matter(codes[i], names[i]));
    }
    return new CaseListItem(rs.getLong("id"), rs.getString("case_number"), CaseState.valueOf(rs.getString("state")),
        matters, rs.getString("applicant_name"), PersonalData.maskIdNumber(rs.getString("applicant_id_number")),
        rs.getLong("worker_site_id"), rs.getLong("window_id"), (Long) rs.getObject("review_window_id"),
        rs.getDate("decision_deadline") == null ? null : rs.getDate("decision_deadline").toLocalDate(),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }
}
