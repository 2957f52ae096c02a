package cn.szftu.studio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StudioApplication {

  public static void main(String[] args) {
    SpringApplication.run(StudioApplication.class, args);
  }
}
