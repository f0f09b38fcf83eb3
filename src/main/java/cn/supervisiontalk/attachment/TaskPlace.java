package cn.supervisiontalk.attachment;

/**
 * An open task that takes attachments: which talk and part its files belong to, and whether the
 * signed-in person may work on it (its assignee or one of its candidates).
 *
 * @param taskId the task
 * @param taskKey the task's definition key
 * @param talkId the talk
 * @param part the part of the talk
 * @param unit the unit whose material the task takes (provideMaterial), else null
 * @param mayRead whether the signed-in person is the assignee or a candidate
 * @param mayWork whether they may change the task's files: the assignee, or a candidate while the
 *     task is not claimed
 */
record TaskPlace(String taskId, String taskKey, String talkId, AttachmentPart part, String unit,
    boolean mayRead, boolean mayWork) {
}
