package cn.szftu.studio.mail.demo;

import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * In the demo profile without a real mail server ({@code spring.mail.host} unset), mails go to the embedded
 * {@link DemoMailServer}. With {@code spring.mail.host} set, the demo mails go to that server like anywhere else and
 * /mailbox does not exist.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
@EnableConfigurationProperties(MailProperties.class)
public class DemoMailConfiguration {

  @Bean(destroyMethod = "close")
  DemoMailServer demoMailServer(@Value("${studio.mail.demo-server-port:0}") int port) {
    return new DemoMailServer(port);
  }

  @Bean
  JavaMailSenderImpl mailSender(DemoMailServer server, MailProperties properties) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(DemoMailServer.BIND_ADDRESS);
    sender.setPort(server.port());
    sender.setDefaultEncoding(properties.getDefaultEncoding().name());
    Properties javaMail = new Properties();
    javaMail.putAll(properties.getProperties());
    sender.setJavaMailProperties(javaMail);
    return sender;
  }
}
