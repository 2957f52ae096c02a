package cn.szftu.studio.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

/**
 * The endpoints of a JAX-RS resource class as "METHOD /path" lines, following sub-resource locators. Camunda declares
 * the annotations on interfaces, so they are looked up through the whole type hierarchy.
 */
final class JaxRsEndpoints {

  private static final int MAX_DEPTH = 4;

  private JaxRsEndpoints() {
  }

  static void collect(Class<?> resource, String root, Set<String> calls) {
    Path path = AnnotatedElementUtils.findMergedAnnotation(resource, Path.class);
    walk(resource, join(root, path == null ? "" : path.value()), calls, 0);
  }

  private static void walk(Class<?> type, String base, Set<String> calls, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Method method : type.getMethods()) {
      if (method.getDeclaringClass() == Object.class) {
        continue;
      }
      MergedAnnotations annotations = MergedAnnotations.from(method, SearchStrategy.TYPE_HIERARCHY);
      String here = annotations.get(Path.class).getValue("value", String.class).map(p -> join(base, p)).orElse(base);
      String verb = annotations.stream(HttpMethod.class).map(a -> a.getString("value")).findFirst().orElse(null);
      if (verb != null) {
        calls.add(verb + " " + here);
      } else if (annotations.isPresent(Path.class)) {
        walk(method.getReturnType(), here, calls, depth + 1);
      }
    }
  }

  private static String join(String base, String path) {
    String trimmed = path.startsWith("/") ? path : "/" + path;
    return (base + trimmed).replaceAll("/+$", "").replaceAll("//+", "/");
  }
}
