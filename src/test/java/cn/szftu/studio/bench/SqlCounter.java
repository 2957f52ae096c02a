package cn.szftu.studio.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts the SQL statements an application sends through a DataSource: every execute of a statement, and every
 * statement added to a JDBC batch (Camunda flushes its inserts and updates as batches on PostgreSQL). A JDK proxy,
 * so the bench needs no extra dependency; it only exists in the benchmark's JVM.
 */
public final class SqlCounter {

  private final LongAdder statements = new LongAdder();
  private final LongAdder roundTrips = new LongAdder();
  /** Statements by their SQL text, to find the repeated ones (N+1) behind a step's count. */
  private final java.util.concurrent.ConcurrentHashMap<String, LongAdder> bySql =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The most frequent statements since the last call, most frequent first, and forgets them. */
  public java.util.List<java.util.Map.Entry<String, Long>> drainTop(int n) {
    java.util.List<java.util.Map.Entry<String, Long>> top = new java.util.ArrayList<>();
    bySql.forEach((sql, count) -> top.add(java.util.Map.entry(sql, count.sum())));
    bySql.clear();
    top.sort(java.util.Map.Entry.<String, Long>comparingByValue().reversed());
    return top.subList(0, Math.min(n, top.size()));
  }

  public long statements() {
    return statements.sum();
  }

  public long roundTrips() {
    return roundTrips.sum();
  }

  public DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target);
  }

  private <T> T proxy(Class<T> type, Object target) {
    return proxy(type, target, null);
  }

  @SuppressWarnings("unchecked")
  private <T> T proxy(Class<T> type, Object target, String sqlText) {
    InvocationHandler handler = (p, method, args) -> invoke(target, method, args, sqlText);
    return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), interfacesOf(target, type), handler);
  }

  private static Class<?>[] interfacesOf(Object target, Class<?> type) {
    java.util.Set<Class<?>> all = new java.util.LinkedHashSet<>();
    all.add(type);
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (java.lang.reflect.Modifier.isPublic(i.getModifiers())) {
          all.add(i);
        }
      }
    }
    return all.toArray(Class<?>[]::new);
  }

  private void count(String sqlText) {
    if (sqlText != null) {
      bySql.computeIfAbsent(sqlText.replaceAll("\\s+", " ").trim(), k -> new LongAdder()).increment();
    }
  }

  private Object invoke(Object target, Method method, Object[] args, String sqlText) throws Throwable {
    String name = method.getName();
    if (target instanceof Statement) {
      String text = sqlText != null ? sqlText : args != null && args.length > 0 && args[0] instanceof String a
          ? a : null;
      if (name.equals("addBatch")) {
        statements.increment();
        count(text);
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        roundTrips.increment();
      } else if (name.startsWith("execute")) {
        statements.increment();
        roundTrips.increment();
        count(text);
      }
    }
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (result instanceof Connection c && !(result instanceof Proxy)) {
      return proxy(Connection.class, c);
    }
    if (result instanceof Statement s && !(name.equals("unwrap"))) {
      String prepared = (name.startsWith("prepare") && args != null && args.length > 0 && args[0] instanceof String a)
          ? a : null;
      return proxy(Statement.class, s, prepared);
    }
    return result;
  }
}
