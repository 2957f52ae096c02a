package cn.szftu.studio.revocation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BatchRevocationRepository extends JpaRepository<BatchRevocation, Long> {

  Optional<BatchRevocation> findByProcessInstanceId(String processInstanceId);
}
