package cn.szftu.studio.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportDecisionRepository extends JpaRepository<ReportDecision, Long> {

  List<ReportDecision> findByReportIdOrderByDecidedAtAscIdAsc(long reportId);
}
