package dev.tenso.redis;

import dev.tenso.testsupport.Topology;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Redis adapter test classes extend this: each runs whole once on a single server and once on
 * a three-primary cluster ({@link Topology}; each shape started once per test JVM). Their
 * {@link Fixtures#shared()} and {@link Fixtures#scratch()} are the current shape's.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Topology.class)
abstract class OnEachTopology {
  /** The shape of this run. */
  @Parameter Topology topology;

  @BeforeParameterizedClassInvocation
  static void use(Topology topology) {
    Fixtures.use(topology);
  }

  @AfterParameterizedClassInvocation
  static void back() {
    Fixtures.use(Topology.SINGLE);
  }
}
