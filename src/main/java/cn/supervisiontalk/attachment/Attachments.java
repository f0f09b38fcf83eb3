package cn.supervisiontalk.attachment;

import cn.supervisiontalk.security.ApiUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Uploading, listing, downloading and removing the files of a talk's tasks (article 16): while a
 * task is open its files are for its assignee and candidates (and the office), who alone may add
 * or remove them; once it is completed they stay with the talk, unchangeable, for those who read
 * that part of the talk ({@link Readership}). Every refusal is a Chinese 4xx and stores nothing.
 */
@Service
class Attachments {

  private final AttachmentRepository repository;
  private final TaskPlaces places;
  private final Readerships readerships;
  private final AttachmentLimits limits;

  Attachments(AttachmentRepository repository, TaskPlaces places, Readerships readerships,
      AttachmentLimits limits) {
    this.repository = repository;
    this.places = places;
    this.readerships = readerships;
    this.limits = limits;
  }

  /** Stores a file in the open task; the person must be its assignee or an unclaimed candidate. */
  @Transactional
  Attachment upload(String taskId, ApiUser user, String originalName, byte[] content) {
    TaskPlace place = openPlace(taskId, user, true);
    if (content == null || content.length == 0) {
      throw refusal(HttpStatus.BAD_REQUEST, "请选择要上传的文件(文件不能为空)。");
    }
    if (content.length > limits.maxFileBytes()) {
      throw refusal(HttpStatus.PAYLOAD_TOO_LARGE,
          "附件不能超过" + limits.describe() + ",未保存。请压缩或拆分后重新上传。");
    }
    String name = FileNames.clean(originalName);
    FileKind kind = FileKind.of(content, name).orElseThrow(() -> refusal(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持该文件类型,未保存。附件只能是" + FileKind.ALLOWED
            + "(按文件内容判断,与文件名无关)。"));
    long id = repository.insert(place, FileNames.withExtension(name, kind), kind, content,
        sha256(content), user.id(), OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(),
            ZoneOffset.UTC));
    return repository.find(id).orElseThrow();
  }

  /** The files of the task the person may read. */
  List<Attachment> ofTask(String taskId, ApiUser user) {
    Optional<Task> open = places.openTask(taskId);
    if (open.isPresent()) {
      TaskPlace place = places.place(open.get(), user).orElseThrow(Attachments::notForFiles);
      if (!place.mayRead() && !readerships.within(user, place.talkId()).readsAllTalks()) {
        throw refusal(HttpStatus.FORBIDDEN, "您不是该任务的办理人,无权查看其附件。");
      }
      return repository.ofTask(taskId);
    }
    List<Attachment> files = repository.ofTask(taskId);
    if (files.isEmpty()) {
      throw refusal(HttpStatus.NOT_FOUND, "没有该任务,或该任务办结时没有附件。");
    }
    ApiUser within = readerships.within(user, files.get(0).talkId());
    Readership readership = readerships.of(within, files.get(0).talkId()).orElse(Readership.NONE);
    List<Attachment> visible = files.stream().filter(a -> readership.reads(a, within)).toList();
    if (visible.isEmpty()) {
      throw refusal(HttpStatus.FORBIDDEN, "您无权查看该任务的附件。");
    }
    return visible;
  }

  /** The files of the talk the person may read: of open tasks as their task, else by the part. */
  List<Attachment> ofTalk(String talkId, ApiUser person) {
    ApiUser user = readerships.within(person, talkId);
    Readership readership = readerships.of(user, talkId)
        .orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, "没有该谈话。"));
    Map<String, Boolean> openTasks = new HashMap<>();
    return repository.ofTalk(talkId).stream()
        .filter(a -> mayRead(a, user, readership, openTasks)).toList();
  }

  /** One file with its bytes, for those who may read it. */
  Download download(long id, ApiUser person) {
    Attachment a = repository.find(id)
        .orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, "没有该附件。"));
    ApiUser user = readerships.within(person, a.talkId());
    Readership readership = readerships.of(user, a.talkId()).orElse(Readership.NONE);
    if (!mayRead(a, user, readership, new HashMap<>())) {
      throw refusal(HttpStatus.FORBIDDEN, "您无权查看该附件。");
    }
    return new Download(a, repository.content(id));
  }

  /** Removes a file while its task is open, by who may work on the task. */
  @Transactional
  void remove(String taskId, long id, ApiUser user) {
    Attachment a = repository.find(id).filter(found -> found.taskId().equals(taskId))
        .orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, "该任务没有这个附件。"));
    if (places.openTask(taskId).isEmpty()) {
      throw refusal(HttpStatus.CONFLICT, "该任务已办结,附件随谈话保存,不能删除。");
    }
    openPlace(a.taskId(), user, true);
    repository.delete(a.id());
  }

  /** A file and its bytes. */
  record Download(Attachment attachment, byte[] content) {
  }

  private boolean mayRead(Attachment a, ApiUser user, Readership readership,
      Map<String, Boolean> openTasks) {
    boolean open = openTasks.computeIfAbsent(a.taskId(), id -> places.openTask(id).isPresent());
    if (!open) {
      return readership.reads(a, user);
    }
    if (user.readsAllTalks()) {
      return true;
    }
    return places.openTask(a.taskId()).flatMap(t -> places.place(t, user))
        .map(TaskPlace::mayRead).orElse(false);
  }

  private TaskPlace openPlace(String taskId, ApiUser user, boolean work) {
    Task task = places.openTask(taskId).orElseThrow(() -> refusal(HttpStatus.NOT_FOUND,
        "没有该任务,或该任务已办结(办结后不能再添加或删除附件)。"));
    TaskPlace place = places.place(task, user).orElseThrow(Attachments::notForFiles);
    if (work && !place.mayWork()) {
      throw refusal(HttpStatus.FORBIDDEN, place.mayRead()
          ? "该任务已由他人认领,只有办理人可以添加或删除附件。"
          : "您不是该任务的办理人,不能添加或删除附件。");
    }
    return place;
  }

  private static ResponseStatusException notForFiles() {
    return refusal(HttpStatus.BAD_REQUEST, "该任务不能添加附件: 附件只用于自查、协作单位材料、"
        + "谈话记录、整改措施和整改情况。");
  }

  static ResponseStatusException refusal(HttpStatus status, String message) {
    return new ResponseStatusException(status, message);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
