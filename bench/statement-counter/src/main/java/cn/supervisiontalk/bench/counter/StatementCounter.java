package cn.supervisiontalk.bench.counter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The statement counts of this JVM. A statement is one SQL statement the database runs: a call of
 * {@code execute}, {@code executeQuery}, {@code executeUpdate} or {@code executeLargeUpdate}, or one
 * {@code addBatch} (a batch of n counts n; the {@code executeBatch} round trips are counted apart).
 * Each is also tallied by thread (http: a request, job: the job executor, other), verb, table and
 * SQL text, so that a difference between two dumps says where statements come from.
 *
 * <p>Read over a local socket: a line {@code total} answers {@code statements batched batches}
 * (all statements, those of them sent in batches, the batches sent); a line
 * {@code dump} answers one line per distinct statement ({@code count<TAB>thread verb table #id})
 * followed by the SQL text of every id.
 */
final class StatementCounter {

  private static final LongAdder STATEMENTS = new LongAdder();
  private static final LongAdder BATCHED = new LongAdder();
  private static final LongAdder BATCHES = new LongAdder();
  private static final Map<String, LongAdder> BY_KEY = new ConcurrentHashMap<>();
  private static final Map<String, String> SQL_BY_ID = new ConcurrentHashMap<>();
  private static final Pattern TABLE = Pattern.compile(
      "\\b(?:from|into|update|join)\\s+([a-z_][a-z0-9_.\"]*)", Pattern.CASE_INSENSITIVE);
  private static volatile boolean listening;

  private StatementCounter() {}

  static synchronized void listen(int port) {
    if (port <= 0 || listening) {
      return;
    }
    try {
      ServerSocket server = new ServerSocket(port, 8, InetAddress.getLoopbackAddress());
      Thread thread = new Thread(() -> serve(server), "statement-counter");
      thread.setDaemon(true);
      thread.start();
      listening = true;
    } catch (IOException e) {
      throw new IllegalStateException("statement counter cannot listen on port " + port, e);
    }
  }

  private static void serve(ServerSocket server) {
    while (true) {
      try (Socket socket = server.accept();
          BufferedReader in = new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(socket.getOutputStream(), false, StandardCharsets.UTF_8)) {
        String command = in.readLine();
        if ("dump".equals(command)) {
          new TreeMap<>(BY_KEY).forEach((key, count) -> out.println(count.sum() + "\t" + key));
          out.println("--");
          new TreeMap<>(SQL_BY_ID).forEach((id, sql) -> out.println(id + "\t" + sql));
        } else {
          out.println(STATEMENTS.sum() + " " + BATCHED.sum() + " " + BATCHES.sum());
        }
        out.flush();
      } catch (IOException e) {
        // a client went away: serve the next one
      }
    }
  }

  static DataSource counting(DataSource target) {
    if (Proxy.isProxyClass(target.getClass())
        && Proxy.getInvocationHandler(target) instanceof Handler) {
      return target;
    }
    return (DataSource) wrap(target, null);
  }

  private static Object wrap(Object target, String sql) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      for (Class<?> candidate : type.getInterfaces()) {
        if (candidate.isInterface() && isVisible(candidate, target.getClass().getClassLoader())) {
          interfaces.add(candidate);
        }
      }
    }
    ClassLoader loader = target.getClass().getClassLoader() != null
        ? target.getClass().getClassLoader() : StatementCounter.class.getClassLoader();
    return Proxy.newProxyInstance(loader, interfaces.toArray(Class<?>[]::new),
        new Handler(target, sql));
  }

  private static boolean isVisible(Class<?> type, ClassLoader loader) {
    try {
      return loader == null || Class.forName(type.getName(), false, loader) == type;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void count(String sql) {
    STATEMENTS.increment();
    BY_KEY.computeIfAbsent(key(sql), k -> new LongAdder()).increment();
  }

  private static String key(String sql) {
    String text = sql == null ? "(unknown)" : sql.replaceAll("\\s+", " ").trim();
    String verb = text.split(" ", 2)[0].toLowerCase(Locale.ROOT);
    Matcher table = TABLE.matcher(text);
    String name = table.find() ? table.group(1).replace("\"", "").toUpperCase(Locale.ROOT) : "-";
    String id = Integer.toHexString(text.hashCode());
    SQL_BY_ID.putIfAbsent(id, text.length() > 600 ? text.substring(0, 600) + " …" : text);
    String thread = Thread.currentThread().getName();
    String kind = thread.startsWith("http-") ? "http"
        : thread.contains("JobExecutor") || thread.contains("camundaTaskExecutor") ? "job" : "other";
    return kind + " " + verb + " " + name + " #" + id;
  }

  private record Handler(Object target, String sql) implements InvocationHandler {

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("equals") && args != null && args.length == 1) {
        return proxy == args[0];
      }
      if (name.equals("hashCode") && (args == null || args.length == 0)) {
        return System.identityHashCode(proxy);
      }
      if (target instanceof Statement) {
        switch (name) {
          case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" ->
              count(args != null && args.length > 0 && args[0] instanceof String s ? s : sql);
          case "addBatch" -> {
            BATCHED.increment();
            count(args != null && args.length > 0 && args[0] instanceof String s ? s : sql);
          }
          case "executeBatch", "executeLargeBatch" -> BATCHES.increment();
          default -> { }
        }
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (result instanceof Connection && (name.equals("getConnection"))) {
        return wrap(result, null);
      }
      if (target instanceof Connection && (result instanceof PreparedStatement
          || result instanceof CallableStatement || result instanceof Statement)
          && (name.equals("createStatement") || name.equals("prepareStatement")
              || name.equals("prepareCall"))) {
        return wrap(result, args != null && args.length > 0 && args[0] instanceof String s ? s : null);
      }
      return result;
    }
  }
}
