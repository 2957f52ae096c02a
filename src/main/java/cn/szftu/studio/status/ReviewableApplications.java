package cn.szftu.studio.status;

import cn.szftu.studio.application.Application;
import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** The applications a reviewer may read, newest first and capped, for the reviewers' part of 我的申报. */
interface ReviewableApplications extends Repository<Application, Long> {

  int LIMIT = 200;

  List<Application> findTop200ByUnionCodeInOrderBySubmittedAtDescIdDesc(Collection<String> unionCodes);

  List<Application> findTop200ByOrderBySubmittedAtDescIdDesc();
}
