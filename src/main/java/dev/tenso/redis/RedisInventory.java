package dev.tenso.redis;

import dev.tenso.core.common.Page;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.ContractNumber;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.NumberQuery;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Scope;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroup;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The inventory read from Redis: one hash per voice group, site, contract and number, and a set
 * of the ids of each kind. Written by the import ({@link RedisImportWriter}).
 */
public final class RedisInventory implements Inventory {
  private final StringRedisTemplate redis;

  public RedisInventory(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public List<VoiceGroup> voiceGroups() {
    return all(Keys.VOICE_GROUPS, Keys::voiceGroup, InventoryCodec::voiceGroup);
  }

  @Override
  public Optional<VoiceGroup> voiceGroup(VoiceGroupId id) {
    return one(Keys.voiceGroup(id.value()), InventoryCodec::voiceGroup);
  }

  @Override
  public List<Site> sites() {
    return all(Keys.SITES, Keys::site, InventoryCodec::site);
  }

  @Override
  public Optional<Site> site(SiteId id) {
    return one(Keys.site(id.value()), InventoryCodec::site);
  }

  @Override
  public List<Contract> contracts() {
    return all(Keys.CONTRACTS, Keys::contract, InventoryCodec::contract);
  }

  @Override
  public Optional<Contract> contract(ContractNumber number) {
    return one(Keys.contract(number.value()), InventoryCodec::contract);
  }

  @Override
  public Optional<OfficeNumber> number(IpNumber number) {
    return one(Keys.number(number.digits()), InventoryCodec::number);
  }

  @Override
  public List<OfficeNumber> numbers() {
    return all(Keys.NUMBERS, Keys::number, InventoryCodec::number);
  }

  /** Through the sorted indexes of {@link NumberSearchIndex}: see {@link NumberSearchStore}. */
  @Override
  public Page<NumberDetails> search(NumberQuery query, Scope scope, int pageSize) {
    return NumberSearchStore.search(redis, query, scope, pageSize);
  }

  /** Builds the search indexes of an inventory stored before they existed; 0 when built. */
  public int indexForSearch() {
    return NumberSearchIndex.ensure(redis);
  }

  private <T> Optional<T> one(String key, Function<Map<Object, Object>, T> decode) {
    Map<Object, Object> h = RedisFailures.call(() -> redis.opsForHash().entries(key));
    return h == null || h.isEmpty() ? Optional.empty() : Optional.of(decode.apply(h));
  }

  private <T> List<T> all(
      String index, Function<String, String> key, Function<Map<Object, Object>, T> decode) {
    return IndexedHashes.readAll(redis, index, key, decode);
  }
}
