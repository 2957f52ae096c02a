package cn.szftu.studio.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sender and the overdue-task scan run on Spring's scheduler. */
@Configuration
@EnableScheduling
class MailScheduling {
}
