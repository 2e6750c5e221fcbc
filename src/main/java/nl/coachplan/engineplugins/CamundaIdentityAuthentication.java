package nl.coachplan.engineplugins;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signs users in against Camunda's identity, so users and groups are managed in Camunda Admin.
 * Camunda's own login throttling applies: after failed attempts a user must wait longer each time
 * (up to a minute, never locked for good: application.yml), and is told how long.
 */
public class CamundaIdentityAuthentication implements AuthenticationProvider {

  /** Spring authorities carry the Camunda groups with this prefix. */
  public static final String GROUP_PREFIX = "GROUP_";

  private final CommandExecutor commands;

  public CamundaIdentityAuthentication(ProcessEngine engine) {
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Gebruikersnaam of wachtwoord onjuist");
    }
    // One engine command: every API request signs in, and three commands (lock, password, groups)
    // were three transactions; in one, the user is read once.
    SignIn signIn = commands.execute(context -> signIn(context, userId, credentials.toString()));
    if (signIn.secondsToWait() > 0) {
      // Camunda refuses any password until then: say so, rather than calling a right password wrong.
      throw new LoginDelayed(signIn.secondsToWait());
    }
    if (signIn.groups() == null) {
      throw new BadCredentialsException("Gebruikersnaam of wachtwoord onjuist");
    }
    List<SimpleGrantedAuthority> groups = signIn.groups().stream().map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id)).toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  /** What a sign-in found: seconds still to wait after failed attempts, or the user's groups (null: refused). */
  private record SignIn(long secondsToWait, List<String> groups) {
  }

  private static SignIn signIn(CommandContext context, String userId, String password) {
    ReadOnlyIdentityProvider identity = context.getReadOnlyIdentityProvider();
    long wait = secondsToWait(identity.findUserById(userId));
    if (wait > 0) {
      return new SignIn(wait, null);
    }
    // Camunda's own check, with its throttling: it counts a failed attempt, and clears them on success.
    if (!identity.checkPassword(userId, password)) {
      return new SignIn(0, null);
    }
    return new SignIn(0, identity.createGroupQuery(context).groupMember(userId).unlimitedList().stream().map(Group::getId).toList());
  }

  /** Seconds until Camunda's login throttling lets the user try again (its lock expiration), 0 when it does now. */
  private static long secondsToWait(User user) {
    if (!(user instanceof UserEntity entity) || entity.getLockExpirationTime() == null) {
      return 0;
    }
    long millis = entity.getLockExpirationTime().getTime() - ClockUtil.getCurrentTime().getTime();
    return millis <= 0 ? 0 : (millis + 999) / 1000;
  }

  /** A sign-in refused because the user must still wait after failed attempts; never a permanent lock. */
  public static class LoginDelayed extends BadCredentialsException {
    private final long seconds;

    LoginDelayed(long seconds) {
      super("Te veel mislukte pogingen; probeer het over " + seconds + " seconden opnieuw.");
      this.seconds = seconds;
    }

    public long seconds() {
      return seconds;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
