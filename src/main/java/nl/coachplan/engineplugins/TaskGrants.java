package nl.coachplan.engineplugins;

import nl.coachplan.engine.CurrentUser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * No grant per task for the coordinator, who may already see and work on every task (identity
 * setup grants the group TASK '*' ALL).
 *
 * <p>The engine grants each candidate group and each assignee a right on the task itself, for users
 * without global task rights. For the coordinator those rows only repeat the global grant, and they
 * made every task list of the coordinator slow: the engine joins each candidate task to all of the
 * caller's task grants, so with 1 545 open tasks a first page read 2.4 million pairs (250 ms on
 * PostgreSQL). Organisations and the wijkteam get none either: they never work in the engine. The
 * policy officer keeps the engine's grant per task (the joint review).
 */
@Component
public class TaskGrants extends AbstractProcessEnginePlugin {

  /** Groups that hold TASK '*' ALL. */
  public static final String EVERY_TASK_GROUP = CurrentUser.COORDINATOR;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static final class Provider extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
      return EVERY_TASK_GROUP.equals(groupId) || worksOutsideTheEngine(groupId) ? new AuthorizationEntity[0]
          : super.createOrUpdateAuthorizationsByGroupId(task, groupId);
    }

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
      return mayWorkOnEveryTask(userId) ? new AuthorizationEntity[0] : super.createOrUpdateAuthorizationsByUserId(task, userId);
    }

    /** Organisations and the wijkteam work through Coachplan's portal, which decides from the case file. */
    private static boolean worksOutsideTheEngine(String groupId) {
      return groupId != null && (groupId.startsWith("org-") || groupId.equals("wijkteam"));
    }

    /** Whoever claims or is given the task, not the caller: read without the caller's rights. */
    private static boolean mayWorkOnEveryTask(String userId) {
      var command = Context.getCommandContext();
      return userId != null && command != null && Boolean.TRUE.equals(command.runWithoutAuthorization(
          () -> command.getReadOnlyIdentityProvider().createGroupQuery().groupMember(userId).groupId(EVERY_TASK_GROUP).count() > 0));
    }
  }
}
