package org.replyaudit.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply checked against one {@link Profile}: every element the profile requires, in the
 * profile's order, each present, absent or not applicable. Immutable.
 *
 * <pre>{@code
 * Analysis a = ReplyAudit.builder().profile(Profile.named("uk-fca-disp")).build().analyze(complaint, reply);
 * Checklist c = a.checklist().orElseThrow();
 * c.passed();                       // true when nothing required is absent
 * c.absent().forEach(i -> System.out.println(i.name() + ": " + i.why()));
 * }</pre>
 *
 * @param profile the profile's id, e.g. {@code uk-fca-disp}
 * @param profileName the profile's name for a reader
 * @param items one per element, in the profile's order
 */
public record Checklist(String profile, String profileName, List<ChecklistItem> items) {
  /**
   * Checks and copies the components.
   *
   * @param profile the profile's id
   * @param profileName the profile's name for a reader
   * @param items one per element, in the profile's order (copied)
   * @throws NullPointerException if any is null
   */
  public Checklist {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(profileName, "profileName");
    items = List.copyOf(items);
  }

  /**
   * Whether no required element is absent (not-applicable elements do not count against it).
   *
   * @return true when every element is present or not applicable
   */
  public boolean passed() {
    return items.stream().noneMatch(i -> i.status() == ElementStatus.ABSENT);
  }

  /**
   * The items whose element is absent, in the profile's order.
   *
   * @return those items; empty when the reply passes
   */
  public List<ChecklistItem> absent() {
    return items.stream().filter(i -> i.status() == ElementStatus.ABSENT).toList();
  }

  /**
   * The item for the element with this id.
   *
   * @param element the element's id, e.g. {@code decision}
   * @return the item, or empty when the profile has no such element
   */
  public Optional<ChecklistItem> item(String element) {
    Objects.requireNonNull(element, "element");
    return items.stream().filter(i -> i.element().equals(element)).findFirst();
  }

  /**
   * How many items have {@code status}.
   *
   * @param status present, absent or not applicable
   * @return how many
   */
  public int count(ElementStatus status) {
    return (int) items.stream().filter(i -> i.status() == status).count();
  }
}
