package cn.supervisiontalk.attachment;

import java.time.OffsetDateTime;

/**
 * A file attached to a task of a talk, without its bytes: what lists show.
 *
 * @param id the attachment's number
 * @param talkId the talk
 * @param taskId the task it was uploaded in
 * @param taskKey that task's definition key
 * @param part the part of the talk
 * @param partLabel the part's Chinese name
 * @param unit the unit whose material it is (material only)
 * @param fileName the file's name
 * @param contentType the type found in its content
 * @param size its size in bytes
 * @param sha256 its SHA-256, hexadecimal
 * @param uploadedBy who uploaded it (user id)
 * @param uploadedByName their name, 「王海」
 * @param uploadedAt when
 */
public record Attachment(long id, String talkId, String taskId, String taskKey, AttachmentPart part,
    String partLabel, String unit, String fileName, String contentType, long size, String sha256,
    String uploadedBy, String uploadedByName, OffsetDateTime uploadedAt) {
}
