package nl.coachplan.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one sign-in page, in Dutch. */
@Controller
public class LoginPage {

  @GetMapping("/login")
  public String login() {
    return "login";
  }
}
