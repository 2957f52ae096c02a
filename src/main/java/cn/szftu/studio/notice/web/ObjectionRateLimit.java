package cn.szftu.studio.notice.web;

import cn.szftu.studio.notice.ObjectionRepository;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How often one remote address may use the objection form: at most {@link #PER_HOUR} stored objections in the last
 * hour (counted in the database, so it holds across restarts and servers), and at most {@link #BURST_ATTEMPTS}
 * submissions of the form, valid or not, per {@link #BURST_WINDOW} (in memory, against scripted bursts). IPv6
 * addresses share the burst allowance of their /64 network, as one household or office can rotate through a /64.
 *
 * <p>The remote address is what the servlet container reports. Behind a reverse proxy, configure
 * {@code server.forward-headers-strategy} so that it is the visitor's address and not the proxy's; this class never
 * reads X-Forwarded-For itself, as any visitor can send that header.
 */
@Component
public class ObjectionRateLimit {

  public static final int PER_HOUR = 5;
  static final Duration HOUR = Duration.ofHours(1);
  public static final int BURST_ATTEMPTS = 10;
  static final Duration BURST_WINDOW = Duration.ofMinutes(1);
  static final int MAX_TRACKED_ADDRESSES = 10_000;
  private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

  static final String TOO_MANY_STORED = "同一网络地址每小时最多提交 " + PER_HOUR
      + " 条异议，您已达到上限，本次异议未提交。请一小时后再试；如有更多情况，可在一条异议中一并写明。";
  static final String TOO_FAST = "提交过于频繁，本次异议未提交。请稍候一分钟再试。";

  /** The number of objections stored for an address since a moment (the repository's count). */
  @FunctionalInterface
  interface RecentObjections {
    long count(String remoteAddress, Instant since);
  }

  private final RecentObjections recent;
  private final BurstLimiter burst;
  private final Clock clock;

  @Autowired
  public ObjectionRateLimit(ObjectionRepository objections, Clock clock) {
    this(objections::countByRemoteAddressAndLodgedAtAfter,
        new BurstLimiter(BURST_ATTEMPTS, BURST_WINDOW, MAX_TRACKED_ADDRESSES, clock), clock);
  }

  ObjectionRateLimit(RecentObjections recent, BurstLimiter burst, Clock clock) {
    this.recent = recent;
    this.burst = burst;
    this.clock = clock;
  }

  /** Why this submission is refused (Chinese), or empty when it may go ahead; every call counts as an attempt. */
  public Optional<String> refusal(String remoteAddress) {
    if (!burst.tryAcquire(burstKey(remoteAddress))) {
      return Optional.of(TOO_FAST);
    }
    if (recent.count(remoteAddress, clock.instant().minus(HOUR)) >= PER_HOUR) {
      return Optional.of(TOO_MANY_STORED);
    }
    return Optional.empty();
  }

  /** Forgets every recent attempt held in memory (the stored objections still count); for tests and operators. */
  public void reset() {
    burst.clear();
  }

  /** IPv4 addresses as they are; IPv6 addresses by their /64 network. */
  static String burstKey(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
      return String.valueOf(remoteAddress);
    }
    String literal = stripZone(remoteAddress);
    if (!IPV6_LITERAL.matcher(literal).matches()) {
      return remoteAddress;
    }
    try {
      // Only hex digits, colons and dots: parsed as a literal, never looked up in DNS.
      byte[] bytes = InetAddress.getByName(literal).getAddress();
      if (bytes.length != 16) {
        return InetAddress.getByAddress(bytes).getHostAddress();
      }
      return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    } catch (UnknownHostException e) {
      return remoteAddress;
    }
  }

  private static String stripZone(String address) {
    int zone = address.indexOf('%');
    return zone < 0 ? address : address.substring(0, zone);
  }
}
