package nl.coachplan.engineplugins;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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

  private final IdentityService identity;

  public CamundaIdentityAuthentication(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Gebruikersnaam of wachtwoord onjuist");
    }
    long wait = secondsToWait(userId);
    if (wait > 0) {
      // Camunda refuses any password until then: say so, rather than calling a right password wrong.
      throw new LoginDelayed(wait);
    }
    if (!identity.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Gebruikersnaam of wachtwoord onjuist");
    }
    List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).unlimitedList().stream()
        .map(Group::getId).map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id)).toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  /** Seconds until Camunda's login throttling lets the user try again (its lock expiration), 0 when it does now. */
  private long secondsToWait(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
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
