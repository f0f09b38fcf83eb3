package cn.supervisiontalk.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * Collects what is wrong with a person's input and refuses it with one Chinese message. A
 * {@link NotValidException} rolls the whole command back, so the task stays open and nothing is
 * half-written; REST answers 400 with the message and Tasklist shows it.
 */
public class Problems {

  private final List<String> messages = new ArrayList<>();

  public Problems add(String message) {
    messages.add(message);
    return this;
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new NotValidException(String.join(";", messages) + "。");
    }
  }

  public static NotValidException single(String message) {
    return new NotValidException(message);
  }
}
