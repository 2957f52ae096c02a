package cn.szftu.studio.report;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReportRoundRepository extends JpaRepository<AnnualReportRound, Integer> {
}
