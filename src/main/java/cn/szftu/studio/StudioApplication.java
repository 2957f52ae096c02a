package cn.szftu.studio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StudioApplication {

  public static void main(String[] args) {
    SpringApplication.run(StudioApplication.class, args);
  }
}
