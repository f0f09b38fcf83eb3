package cn.supervisiontalk.archive;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only access to archived talks: /api/archives. */
@RestController
@RequestMapping("/api/archives")
public class ArchiveController {

  private final ArchiveRepository archives;

  public ArchiveController(ArchiveRepository archives) {
    this.archives = archives;
  }

  /** All archived talks, or those of one talkee, or those copied to one unit. */
  @GetMapping
  public List<ArchiveRecord> list(@RequestParam(required = false) String talkeeId,
      @RequestParam(required = false) String copiedTo) {
    if (talkeeId != null && copiedTo != null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "talkeeId 与 copiedTo 只能指定其一");
    }
    if (talkeeId != null) {
      return archives.findByTalkee(talkeeId);
    }
    if (copiedTo != null) {
      return archives.findCopiedTo(copiedTo);
    }
    return archives.findAll();
  }

  @GetMapping("/{talkId}")
  public ArchiveRecord get(@PathVariable String talkId) {
    return archives.findByTalk(talkId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到谈话“" + talkId + "”的归档材料"));
  }
}
