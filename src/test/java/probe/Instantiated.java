package probe;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class outside the application that counts its instances: a stored value naming it must never
 * make the engine create one (see cn.supervisiontalk.HardeningIT).
 */
public class Instantiated {

  public static final AtomicInteger CREATED = new AtomicInteger();

  private String name;

  public Instantiated() {
    CREATED.incrementAndGet();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
