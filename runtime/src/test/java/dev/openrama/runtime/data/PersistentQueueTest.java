package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The persistent queue against {@link ArrayDeque}. */
class PersistentQueueTest {

  @Property(tries = 100)
  void behavesLikeADeque(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 9) Integer> ops) {
    PersistentQueue q = PersistentQueue.EMPTY;
    ArrayDeque<Object> model = new ArrayDeque<>();
    long next = 0;
    for (int op : ops) {
      if (op < 6) {
        q = q.cons(next);
        model.addLast(next++);
      } else {
        q = q.pop();
        model.pollFirst();
      }
      assertThat(q.count()).isEqualTo(model.size());
      assertThat(q.peek()).isEqualTo(model.peekFirst());
    }
    List<Object> expected = new ArrayList<>(model);
    List<Object> viaSeq = new ArrayList<>();
    for (Seq s = q.seq(); s != null; s = s.next()) {
      viaSeq.add(s.first());
    }
    assertThat(viaSeq).isEqualTo(expected);
    assertThat(new ArrayList<>(q)).isEqualTo(expected);
    assertThat(Equality.equiv(q, PersistentVector.create(expected))).isTrue();
    assertThat(q.hasheq()).isEqualTo(PersistentVector.create(expected).hasheq());
    assertThat(PersistentQueue.EMPTY.pop()).isSameAs(PersistentQueue.EMPTY);
  }
}
