package nl.coachplan.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox sender and the overdue reminders. */
@Configuration
@EnableScheduling
public class SchedulingConfig {}
