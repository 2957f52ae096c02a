package cn.szftu.studio.revocation.process;

import cn.szftu.studio.revocation.RevocationService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * For the multi-instance of batch-revocation: the studios' open cases, read from the table when the revocations
 * begin, so the process keeps no list in its variables.
 */
@Component("revocationBatches")
public class RevocationBatches {

  private final RevocationService revocations;

  public RevocationBatches(RevocationService revocations) {
    this.revocations = revocations;
  }

  public List<Long> openCases(Long batchRevocationId) {
    return revocations.openCasesOf(batchRevocationId);
  }
}
