package org.cloudwindow.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.ApiClient.Response;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The queue through its HTTP API, with the demo tree and catalogue. */
@IntegrationTest
class QueueApiIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  private static int applicants = 100;

  static Map<String, Object> ticket(String matterCode, String name, boolean priority) {
    Map<String, Object> body = new HashMap<>();
    body.put("matterCode", matterCode);
    body.put("applicant", Map.of("name", name, "idNumber", IdNumbers.elderly(applicants++), "phone", "13912345678"));
    body.put("priority", priority);
    return body;
  }

  static JsonNode matter(ApiClient client, Predicate<JsonNode> which) {
    for (JsonNode matter : client.get("/api/matters?limit=500").json()) {
      if (which.test(matter)) {
        return matter;
      }
    }
    throw new AssertionError("no such matter in the catalogue");
  }

  static JsonNode matterNamed(ApiClient client, String name) {
    return client.get("/api/matters?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
        .json().get(0);
  }

  private long windowNamed(ApiClient client, String name) {
    for (JsonNode window : client.get("/api/windows").json()) {
      if (window.path("name").asString().equals(name)) {
        return window.path("id").asLong();
      }
    }
    throw new AssertionError("no window " + name);
  }

  @Test
  void aTicketGoesFromTakenToCalledToServedWithItsHistory() {
    var worker = new ApiClient(port).signedInAs("worker-liangzhu");
    var clerk = new ApiClient(port).signedInAs("clerk-gaoqiao");
    String code = matterNamed(worker, "高龄津贴").path("code").asString();

    Response taken = worker.post("/api/tickets", ticket(code, "王秀英", true));
    assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    JsonNode ticket = taken.json();
    long id = ticket.path("id").asLong();
    assertThat(ticket.path("number").asString()).matches("M\\d{3}");
    assertThat(ticket.path("windowName").asString()).isEqualTo("高桥镇民政窗口");
    assertThat(ticket.path("state").asString()).isEqualTo("WAITING");
    assertThat(ticket.path("position").asInt()).isPositive();
    assertThat(ticket.path("applicant").path("name").asString()).isEqualTo("王秀英");

    long window = ticket.path("windowId").asLong();
    assertThat(clerk.post("/api/windows/" + window + "/duty", Map.of()).status()).isEqualTo(200);
    JsonNode queue = clerk.get("/api/windows/" + window + "/queue").json();
    JsonNode mine = find(queue.path("waiting"), id);
    assertThat(mine.path("applicant").path("name").asString()).isEqualTo("王**");
    assertThat(mine.path("applicant").path("idNumber").asString()).contains("****");

    Response called = clerk.post("/api/windows/" + window + "/call-next", Map.of());
    assertThat(called.status()).as(called.body()).isEqualTo(200);
    assertThat(called.json().path("ticket").path("id").asLong()).isEqualTo(id); // priority first
    assertThat(called.json().path("ticket").path("applicant").path("name").asString()).isEqualTo("王秀英");
    assertThat(called.json().path("callId").asString()).hasSize(36);
    JsonNode draft = called.json().path("case");
    assertThat(draft.path("state").asString()).isEqualTo("DRAFT");
    assertThat(draft.path("ticketId").asLong()).isEqualTo(id);
    assertThat(draft.path("applicant").path("name").asString()).isEqualTo("王秀英");
    assertThat(worker.get("/api/cases/" + draft.path("id").asLong()).json().path("matterCode").asString()).isEqualTo(code);
    assertThat(new ApiClient(port).signedInAs("worker-gulin").get("/api/cases/" + draft.path("id").asLong()).status())
        .isEqualTo(403);
    assertThat(worker.get("/api/tickets/" + id).json().path("state").asString()).isEqualTo("CALLED");

    assertThat(worker.post("/api/tickets/" + id + "/answer", Map.of()).json().path("state").asString()).isEqualTo("SERVING");
    assertThat(clerk.post("/api/tickets/" + id + "/complete", Map.of()).json().path("state").asString()).isEqualTo("DONE");
    List<String> kinds = worker.get("/api/tickets/" + id + "/history").json().findValuesAsString("kind");
    assertThat(kinds).containsExactly("TAKEN", "CALLED", "ANSWERED", "COMPLETED");
    clerk.delete("/api/windows/" + window + "/duty");
  }

  @Test
  void districtMattersGoToTheDistrictAndMissingDepartmentWindowsToTheComprehensiveOne() {
    var worker = new ApiClient(port).signedInAs("worker-gulin");
    JsonNode district = matter(worker, m -> m.path("handlingTier").asString().equals("DISTRICT")
        && m.path("remoteEligible").asBoolean());
    JsonNode ticket = worker.post("/api/tickets", ticket(district.path("code").asString(), "李建国", false)).json();
    assertThat(ticket.path("windowName").asString()).startsWith("区");
    worker.delete("/api/tickets/" + ticket.path("id").asLong());

    var admin = new ApiClient(port).signedInAs("admin");
    JsonNode township = matter(worker, m -> m.path("handlingTier").asString().equals("TOWNSHIP")
        && m.path("remoteEligible").asBoolean() && m.path("departmentCode").asString().equals("HUMAN_RESOURCES"));
    long hr = windowNamed(admin, "古林镇人社窗口");
    admin.put("/api/admin/windows/" + hr, Map.of("name", "古林镇人社窗口", "departmentCode", "HUMAN_RESOURCES",
        "comprehensive", false, "enabled", false));
    try {
      JsonNode routed = worker.post("/api/tickets", ticket(township.path("code").asString(), "赵桂兰", false)).json();
      assertThat(routed.path("windowName").asString()).isEqualTo("古林镇综合窗口");
      assertThat(routed.path("number").asString()).startsWith("Z");
      worker.delete("/api/tickets/" + routed.path("id").asLong());
    } finally {
      admin.put("/api/admin/windows/" + hr, Map.of("name", "古林镇人社窗口", "departmentCode", "HUMAN_RESOURCES",
          "comprehensive", false, "enabled", true));
    }
  }

  @Test
  void badRequestsAreClearProblemsAndChangeNothing() {
    var worker = new ApiClient(port).signedInAs("worker-shiqi");
    var clerk = new ApiClient(port).signedInAs("clerk-shiqi");
    var admin = new ApiClient(port).signedInAs("admin");
    String code = matterNamed(worker, "高龄津贴").path("code").asString();
    long before = tickets();

    Response unknown = worker.post("/api/tickets", ticket("NO-SUCH-MATTER", "张三", false));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("matterCode");

    Map<String, Object> badId = ticket(code, "张三", false);
    badId.put("applicant", Map.of("name", "张三", "idNumber", "330203194001011230", "phone", "13912345678"));
    Response checksum = worker.post("/api/tickets", badId);
    assertThat(checksum.status()).isEqualTo(400);
    assertThat(checksum.json().path("errors").get(0).path("code").asString()).isIn("id-checksum", "Pattern");

    JsonNode inPerson = matter(worker, m -> !m.path("remoteEligible").asBoolean());
    Response notRemote = worker.post("/api/tickets", ticket(inPerson.path("code").asString(), "张三", false));
    assertThat(notRemote.status()).isEqualTo(422);
    assertThat(notRemote.problemCode()).isEqualTo("queue.not-remote");

    Map<String, Object> first = ticket(code, "钱淑珍", false);
    Response ok = worker.post("/api/tickets", first);
    assertThat(ok.status()).isEqualTo(201);
    Response duplicate = worker.post("/api/tickets", first);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.problemCode()).isEqualTo("queue.duplicate-ticket");
    long window = ok.json().path("windowId").asLong();
    long ticketId = ok.json().path("id").asLong();

    Response notOnDuty = clerk.post("/api/windows/" + window + "/call-next", Map.of());
    assertThat(notOnDuty.status()).isEqualTo(409);
    assertThat(notOnDuty.problemCode()).isEqualTo("queue.not-on-duty");

    clerk.post("/api/windows/" + window + "/duty", Map.of());
    long police = windowNamed(admin, "石碶街道公安窗口");
    Response wrongDepartment = clerk.post("/api/tickets/" + ticketId + "/transfer", Map.of("windowId", police, "reason", "试试"));
    assertThat(wrongDepartment.status()).isEqualTo(422);
    assertThat(wrongDepartment.problemCode()).isEqualTo("queue.wrong-department");
    assertThat(worker.get("/api/tickets/" + ticketId).json().path("windowId").asLong()).isEqualTo(window);

    admin.put("/api/admin/windows/" + window + "/opening-hours", Map.of("openingHours", closedToday()));
    try {
      Response closed = worker.post("/api/tickets", ticket(code, "孙大爷", false));
      assertThat(closed.status()).isEqualTo(409);
      assertThat(closed.problemCode()).isEqualTo("queue.window-closed");
      assertThat(closed.json().path("detail").asString()).contains(closedToday());
      assertThat(admin.get("/api/admin/windows/" + window + "/opening-hours").json().path("openingHours").asString())
          .isEqualTo(closedToday());
      var unreadable = admin.put("/api/admin/windows/" + window + "/opening-hours", Map.of("openingHours", "weekdays 9-5"));
      assertThat(unreadable.status()).isEqualTo(400);
      assertThat(unreadable.json().path("errors").get(0).path("code").asString()).isEqualTo("opening-hours");
    } finally {
      admin.put("/api/admin/windows/" + window + "/opening-hours", Map.of("openingHours", "MON-SUN 00:00-24:00"));
    }
    assertThat(worker.get("/api/windows/" + window + "/queue").status()).isEqualTo(403);
    assertThat(worker.delete("/api/tickets/" + ticketId).json().path("state").asString()).isEqualTo("WITHDRAWN");
    clerk.delete("/api/windows/" + window + "/duty");
    assertThat(tickets()).isEqualTo(before + 1);
  }

  @Test
  void aTransferKeepsTheOriginalTakeTimeForOrdering() {
    var worker = new ApiClient(port).signedInAs("worker-gaoqiao");
    var clerk = new ApiClient(port).signedInAs("clerk-gaoqiao");
    String code = matterNamed(worker, "高龄津贴").path("code").asString();
    JsonNode early = worker.post("/api/tickets", ticket(code, "早到", false)).json();
    long civil = early.path("windowId").asLong();
    long comprehensive = windowNamed(clerk, "高桥镇综合窗口");
    // A later ticket already waiting at the comprehensive window.
    var other = new ApiClient(port).signedInAs("worker-liangzhu");
    JsonNode late = other.post("/api/tickets", Map.of("matterCode", code, "windowId", comprehensive, "priority", false,
        "applicant", Map.of("name", "晚到", "idNumber", IdNumbers.elderly(applicants++), "phone", "13912345678"))).json();
    assertThat(late.path("windowId").asLong()).isEqualTo(comprehensive);

    clerk.post("/api/windows/" + civil + "/duty", Map.of());
    Response moved = clerk.post("/api/tickets/" + early.path("id").asLong() + "/transfer",
        Map.of("windowId", comprehensive, "reason", "综合窗口办理更快"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().path("windowId").asLong()).isEqualTo(comprehensive);
    JsonNode queue = clerk.get("/api/windows/" + comprehensive + "/queue").json().path("waiting");
    assertThat(indexOf(queue, early.path("id").asLong())).isLessThan(indexOf(queue, late.path("id").asLong()));
    assertThat(worker.get("/api/tickets/" + early.path("id").asLong() + "/history").json().findValuesAsString("reason"))
        .contains("综合窗口办理更快");

    worker.delete("/api/tickets/" + early.path("id").asLong());
    other.delete("/api/tickets/" + late.path("id").asLong());
    clerk.delete("/api/windows/" + civil + "/duty");
  }

  private long tickets() {
    return jdbc.sql("select count(*) from ticket").query(Long.class).single();
  }

  /** Opening hours that exclude today in Beijing. */
  static String closedToday() {
    var tomorrow = java.time.LocalDate.now(OpeningHours.ZONE).plusDays(1).getDayOfWeek();
    return tomorrow.name().substring(0, 3) + " 08:30-17:00";
  }

  private static JsonNode find(JsonNode tickets, long id) {
    for (JsonNode t : tickets) {
      if (t.path("id").asLong() == id) {
        return t;
      }
    }
    throw new AssertionError("ticket " + id + " not in " + tickets);
  }

  private static int indexOf(JsonNode tickets, long id) {
    int i = 0;
    for (JsonNode t : tickets) {
      if (t.path("id").asLong() == id) {
        return i;
      }
      i++;
    }
    throw new AssertionError("ticket " + id + " not in " + tickets);
  }
}
