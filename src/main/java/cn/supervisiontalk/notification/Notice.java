package cn.supervisiontalk.notification;

/**
 * A notice to one person. {@code talkId} only for the notices the talk's timeline records
 * (reminders, talk notices); {@code taskId} for a notice about a task, which it links to.
 */
public record Notice(String recipientId, NoticeKind kind, String talkId, String taskId,
    String subject, String body) {
}
