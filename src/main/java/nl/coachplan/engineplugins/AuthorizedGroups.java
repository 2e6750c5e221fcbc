package nl.coachplan.engineplugins;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks use the signed-in user's groups as they are. Before each check the engine
 * first reads every group that holds any authorization (SELECT DISTINCT over all of
 * ACT_RU_AUTHORIZATION), to keep long group lists out of its queries. Our users belong to one or
 * two groups, while that table holds a grant for every running case and every organisation: at
 * national scale the read cost some 6 ms per request on PostgreSQL, and grew with the cases. The
 * result of a check is the same: a group without grants matches no row. (Camunda issue #5485;
 * CIB seven and Operaton make this a setting, authGroupFilterThreshold, which replaces this class.)
 */
@Component
public class AuthorizedGroups extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new UnfilteredGroups();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static final class UnfilteredGroups extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? List.of() : authenticatedGroupIds;
    }
  }
}
