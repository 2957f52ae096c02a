package cn.szftu.studio.revocation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BatchRevocationRepository extends JpaRepository<BatchRevocation, Long> {
}
