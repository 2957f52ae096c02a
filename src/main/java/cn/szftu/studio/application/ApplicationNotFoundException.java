package cn.szftu.studio.application;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown or not visible to the caller: both answer 404, so other units' application numbers are not confirmed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApplicationNotFoundException extends RuntimeException {

  public ApplicationNotFoundException(String number) {
    super("申报 " + number + " 不存在或您无权查看");
  }
}
