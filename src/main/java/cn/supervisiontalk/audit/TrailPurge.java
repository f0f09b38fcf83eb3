package cn.supervisiontalk.audit;

import cn.supervisiontalk.audit.TrailStore.Head;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily purge of rows older than {@code supervision-talk.trail.retention-days}. Under the head's
 * lock (so appends and the other nodes' purges wait) it checks the chain, deletes the oldest rows up
 * to the newest one past the limit, moves the chain's anchor to that row's sequence number and hash
 * (so the check still starts from a known hash) and appends a row saying what it deleted. A broken
 * chain is not purged: the evidence stays, the purge's row records the refusal and the log says why.
 */
@Component
public class TrailPurge {

  private static final Logger LOG = LoggerFactory.getLogger(TrailPurge.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final TrailStore store;
  private final TrailVerifier verifier;
  private final TrailSettings settings;
  private final ZoneId zone;
  private final TransactionTemplate transaction;

  public TrailPurge(TrailStore store, TrailVerifier verifier, TrailSettings settings,
      @Value("${supervision-talk.time-zone:Asia/Shanghai}") ZoneId zone,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.verifier = verifier;
    this.settings = settings;
    this.zone = zone;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(cron = "${supervision-talk.trail.purge-cron:0 30 2 * * *}",
      zone = "${supervision-talk.time-zone:Asia/Shanghai}")
  public void daily() {
    try {
      purge(Instant.now());
    } catch (RuntimeException e) {
      LOG.error("访问留痕的定期清理失败", e);
    }
  }

  /** Deletes the rows older than the retention period before the given time; returns how many. */
  public int purge(Instant now) {
    Instant cutoff = now.minus(Duration.ofDays(settings.retentionDays()));
    String before = DAY.format(cutoff.atZone(zone));
    Integer deleted = transaction.execute(status -> {
      Head head = store.lockHead();
      Long last = store.lastSeqBefore(cutoff, head.anchorSeq());
      if (last == null) {
        return 0;
      }
      Verification chain = verifier.verify();
      if (!chain.intact()) {
        LOG.error("访问留痕未清理: {}", chain.message());
        store.append(TrailEntry.of(TrailEntry.SYSTEM, null, TrailAction.TRAIL_PURGE, "access-trail",
            String.valueOf(last), TrailEntry.Outcome.FAILED, null,
            "链在第 " + chain.firstBrokenSeq() + " 条断开,保留全部记录,未清理 " + before + " 之前的记录"),
            null);
        return 0;
      }
      store.allowPurge();
      int count = store.deleteThrough(last, store.hashOf(last));
      store.append(TrailEntry.system(TrailAction.TRAIL_PURGE, "access-trail", String.valueOf(last),
          "删除 " + before + " 之前的 " + count + " 条记录(至第 " + last + " 条),保存期限 "
              + settings.retentionDays() + " 天;链的起点移至第 " + last + " 条的哈希"), null);
      return count;
    });
    if (deleted != null && deleted > 0) {
      LOG.info("访问留痕: 删除了 {} 之前的 {} 条记录", before, deleted);
    }
    return deleted == null ? 0 : deleted;
  }
}
