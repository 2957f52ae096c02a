package cn.szftu.studio.evaluation.form;

import cn.szftu.studio.indicator.IndicatorSetStored;
import cn.szftu.studio.indicator.IndicatorSetSummary;
import cn.szftu.studio.indicator.IndicatorSets;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys the generated scoring form of every stored indicator-set version to the engine: at start-up for all
 * versions and at once when a new version is stored. A deployment per version with duplicate filtering, so an
 * unchanged form is never deployed twice.
 */
@Component
@Order(20)
public class ScoringForms implements ApplicationRunner {

  static final String DEPLOYMENT_PREFIX = "scoring-form-";
  private static final Logger log = LoggerFactory.getLogger(ScoringForms.class);

  private final RepositoryService repositoryService;
  private final IndicatorSets indicatorSets;

  public ScoringForms(RepositoryService repositoryService, IndicatorSets indicatorSets) {
    this.repositoryService = repositoryService;
    this.indicatorSets = indicatorSets;
  }

  /** After the shipped indicator files are stored (order 10), so that every stored version has its form. */
  @Override
  public void run(ApplicationArguments args) {
    deployAll();
  }

  /** Deploys the forms of all stored versions; answers how many were new or changed. */
  public int deployAll() {
    int deployed = 0;
    for (IndicatorSetSummary summary : indicatorSets.list()) {
      if (deploy(summary.version())) {
        deployed++;
      }
    }
    log.info("Scoring forms checked ({} deployed)", deployed);
    return deployed;
  }

  @EventListener
  public void onStored(IndicatorSetStored event) {
    deploy(event.version());
  }

  /** Deploys the version's form unless the same form is deployed already; answers whether it deployed. */
  public boolean deploy(String version) {
    String form = ScoringFormGenerator.generate(indicatorSets.get(version));
    String resource = ScoringFormGenerator.formKey(version) + ".form";
    Deployment before = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_PREFIX + version)
        .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    Deployment deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_PREFIX + version)
        .addInputStream(resource, new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)))
        .enableDuplicateFiltering(false)
        .deploy();
    boolean fresh = before == null || !before.getId().equals(deployment.getId());
    if (fresh) {
      log.info("Scoring form {} deployed", resource);
    }
    return fresh;
  }
}
