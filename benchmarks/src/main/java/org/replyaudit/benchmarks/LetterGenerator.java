package org.replyaudit.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Deterministic complaint and reply letters of a requested size, for inputs far longer than any
 * real letter (the scaling benchmark goes to 1 MB per letter).
 *
 * <p>A letter is built as real ones are laid out: a greeting, paragraphs of two to five sentences
 * separated by blank lines, now and then a bulleted list under "Please:", a sign-off and a
 * signature. Sentences come from templates in the register of the annotated cases (questions,
 * requests, allegations and grievances in the complaint; apologies, answers, commitments,
 * boilerplate, denials and signposts in the reply), with slots filled from word lists, amounts,
 * dates and reference numbers. The fillers keep the vocabulary growing with length, as it does in
 * real text, so that matching is not fed the same twenty sentences over and over (which would
 * make every term's postings list as long as the letter and measure a degenerate case).
 *
 * <p>The same size and seed always give the same text ({@link Random} is specified to be
 * repeatable), so runs on different machines measure the same input.
 */
public final class LetterGenerator {
  private static final List<String> COMPLAINT = List.of(
      "I am writing to complain about the way my {topic} has been handled since {date}.",
      "On {date} I was charged {amount} for a {product} I had already cancelled.",
      "Your {staff} told me on the phone that the {topic} would be sorted within {n} working days, but nothing has happened.",
      "Why was my {product} cancelled without any notice or explanation?",
      "When will the {amount} you took from my account be refunded?",
      "I want the {amount} charge for the {product} refunded in full.",
      "Please explain why I was told my {topic} had been closed when it had not.",
      "Could you please confirm in writing that the {topic} under reference {ref} has been withdrawn?",
      "I have been on hold for {n} minutes on {n} separate occasions and nobody has called me back.",
      "The {staff} who visited on {weekday} was rude and left {place} in a mess.",
      "You failed to tell me that the price of the {product} would increase by {amount} a month.",
      "I am extremely disappointed with the service I have received from {company}.",
      "This has caused me a great deal of stress and I have had to take {n} days off work.",
      "I never agreed to the {topic} and I did not sign anything.",
      "The {product} has been faulty since it was installed and your engineer never turned up.",
      "I would like to know who authorised the change to my {topic}.",
      "How many times do I have to send the same documents before someone reads them?",
      "I ask that you review the decision on my {topic} and reverse it.",
      "Nobody has replied to my emails of {date} and {date}.",
      "Your letter of {date} contained several mistakes about my {topic}.",
      "I expect compensation for the time I have spent dealing with this and for the {amount} in call charges.",
      "My neighbour at {place} had the same problem with {company} last year.",
      "I have been a customer of {company} for {n} years and I have never been treated like this.",
      "The website said the {product} would be delivered by {weekday}, but it arrived {n} days late and damaged.",
      "I understand that mistakes happen, but the way this was dealt with was unacceptable.",
      "Please stop sending letters about the {topic} to my old address at {place}.",
      "What is the name of the manager responsible for the {topic} team?",
      "I was promised a call back by {weekday} and it never came.",
      "The {amount} late fee was applied even though I paid on {date}.",
      "I would like a full explanation of how the {topic} was calculated.",
      "You have still not corrected the error on my {topic}, despite saying in {month} that you would.",
      "I had to pay {amount} to a private {staff} to fix what your {staff} broke.",
      "Please send me a copy of every record you hold about my {topic} under reference {ref}.",
      "Your {staff} said the {product} was covered by the warranty, and now you say it is not.",
      "It is not acceptable that a {product} costing {amount} should break after {n} weeks.",
      "Will you cover the cost of the replacement {product} I had to buy?",
      "I was left without a working {product} for {n} days in {month}.",
      "The {topic} letter dated {date} was sent to the wrong person at {place}.",
      "I feel that my complaint about the {topic} has been ignored.",
      "Can you tell me when the {product} at {place} will finally be repaired?");
  private static final List<String> REPLY = List.of(
      "Thank you for your letter of {date} about your {topic}.",
      "I am sorry for the difficulty you have had with your {product}.",
      "I have looked into your complaint about the {topic} and spoken to the {staff} concerned.",
      "The {amount} charge has been refunded to your account today.",
      "I can confirm that the {topic} under reference {ref} has been withdrawn.",
      "The reason the {product} was cancelled is that a payment of {amount} was returned by your bank on {date}.",
      "We will arrange for an engineer to visit {place} on {weekday} between 8am and 1pm.",
      "Our {staff} will call you by {weekday} to explain the {topic} in detail.",
      "We take all complaints about our {topic} extremely seriously.",
      "Customer satisfaction is our highest priority at {company}.",
      "We are committed to providing an excellent service to every customer.",
      "We have never shared your details with any third party.",
      "If you are unhappy with this response, you can refer your complaint to the Ombudsman within {n} months.",
      "You may wish to contact your bank about the {amount} payment.",
      "I understand how frustrating it must have been to wait {n} days for the {product}.",
      "I note that you were charged {amount} for the {product} on {date}.",
      "As a gesture of goodwill I have credited {amount} to your account.",
      "The price of the {product} increased in {month} in line with our terms and conditions.",
      "Our records show that the {product} was delivered to {place} on {date}.",
      "I have asked the {topic} team to correct the error and to write to you by {date}.",
      "We are sorry for any inconvenience this may have caused.",
      "The {staff} who visited on {weekday} has been spoken to about his conduct.",
      "Unfortunately we are unable to offer a refund for the {product} as it is outside the warranty period.",
      "Your feedback has been passed to the {topic} team so that we can learn from it.",
      "If you would like a copy of your records, please submit a request through our website.",
      "The late fee of {amount} has been removed and will not appear on your next statement.",
      "We have updated your address to {place} and removed the old one from our system.",
      "I apologise that nobody replied to your emails of {date}.",
      "Mr {surname} is the manager responsible for the {topic} team and has reviewed your case.",
      "We will reimburse the {amount} you paid for the replacement {product} once we receive the receipt.",
      "Our investigation found no record of a call from you on {date}.",
      "The {product} is covered by the manufacturer, who will be able to help with a repair.",
      "We value you as a customer of {n} years and I am sorry that we let you down.",
      "I have reviewed the decision on your {topic} and I agree that it should be reversed.",
      "Please do not hesitate to contact me if you have any further questions.",
      "We keep our {topic} processes under regular review.",
      "The call charges of {amount} will be added to the refund.",
      "The {topic} was calculated using the readings taken on {date} and {date}.",
      "We do not tolerate rudeness from any member of our staff.",
      "I hope this explains what happened with your {product}.");
  private static final List<String> LIST_ITEMS = List.of(
      "refund the {amount} charged on {date};",
      "explain why the {topic} was changed without my agreement;",
      "cover the cost of the {product} I had to replace;",
      "confirm that reference {ref} has been closed;",
      "send an engineer to {place} before {weekday};",
      "remove the {amount} late fee;",
      "tell me who made the decision about my {topic};",
      "pay compensation for the {n} days I was without the {product};");
  private static final List<String> TOPICS = List.of(
      "account", "bill", "meter reading", "direct debit", "contract", "tariff", "insurance claim",
      "repair request", "booking", "subscription", "deposit", "refund request", "parking permit",
      "council tax bill", "tenancy", "delivery", "appointment", "prescription", "membership",
      "loan application", "pension transfer", "mortgage payment", "broadband order", "warranty claim",
      "data request", "complaint file", "housing application", "benefit claim", "season ticket",
      "energy statement", "phone contract", "overdraft", "credit report", "boiler service",
      "planning application", "school place", "gym membership", "train refund", "baggage claim",
      "vehicle finance", "home insurance renewal", "water bill", "rent account", "card dispute");
  private static final List<String> PRODUCTS = List.of(
      "boiler", "router", "washing machine", "mobile phone", "smart meter", "laptop", "sofa",
      "fridge freezer", "bicycle", "television", "kitchen", "boiler cover", "broadband package",
      "annual pass", "flight", "hotel room", "car seat", "dishwasher", "front door", "window",
      "garden fence", "roof repair", "travel insurance policy", "hearing aid", "wheelchair",
      "season ticket", "replacement card", "cooker", "heat pump", "electric scooter", "printer");
  private static final List<String> STAFF = List.of(
      "adviser", "engineer", "manager", "driver", "installer", "caseworker", "surveyor", "agent",
      "supervisor", "officer", "technician", "receptionist", "inspector", "contractor", "assessor");
  private static final List<String> PLACES = List.of(
      "Flat 3, 12 Mill Lane", "the Harbour Road depot", "14 Orchard Close", "the Leeds branch",
      "the Castle Street office", "Unit 7, Riverside Park", "the station car park", "22 Elm Grove",
      "the Northgate surgery", "the High Street store", "Plot 9, Brook Meadow", "the town hall",
      "5 Kingfisher Way", "the Westfield shopping centre", "the Bristol warehouse");
  private static final List<String> COMPANIES = List.of(
      "Northwave", "Merrowgate Bank", "Tallis Mobile", "Fettle Energy", "Brightwater Homes",
      "Castleford Council", "Skyline Air", "Harbour Insurance", "Quayside Couriers", "Pennant Rail");
  private static final List<String> SURNAMES = List.of(
      "Patel", "Okafor", "Nowak", "Hughes", "Ashby", "Lindqvist", "Moreau", "Khan", "Doyle", "Reyes",
      "Fischer", "Brennan", "Osei", "Kowalski", "Tanaka", "Abbott", "Mensah", "Garcia", "Evans");
  private static final List<String> MONTHS = List.of(
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December");
  private static final List<String> WEEKDAYS = List.of(
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");

  private LetterGenerator() {}

  /** A complaint and its reply, each of about {@code charsPerLetter} chars, from {@code seed}. */
  public static BenchPair pair(int charsPerLetter, long seed) {
    String company = COMPANIES.get((int) Math.floorMod(seed, (long) COMPANIES.size()));
    return new BenchPair("generated-" + charsPerLetter + "-" + seed,
        complaint(charsPerLetter, seed), reply(charsPerLetter, seed), List.of(company, "we", "our"));
  }

  /** A complaint of about {@code chars} chars (never more than a sentence over). */
  public static String complaint(int chars, long seed) {
    return letter(chars, seed, true);
  }

  /** A reply of about {@code chars} chars (never more than a sentence over). */
  public static String reply(int chars, long seed) {
    return letter(chars, seed, false);
  }

  private static String letter(int chars, long seed, boolean complaint) {
    // Distinct streams for the two sides of one pair: a reply is not its complaint reworded.
    Random rnd = new Random(seed * 2 + (complaint ? 0 : 1));
    String company = COMPANIES.get((int) Math.floorMod(seed, (long) COMPANIES.size()));
    String writer = pick(rnd, List.of("Priya", "Tom", "Aisha", "David", "Megan", "Kwame", "Elena"))
        + " " + pick(rnd, SURNAMES);
    String greeting = complaint ? "Dear " + company + " customer services,\n\n"
        : "Dear " + pick(rnd, List.of("Mr", "Ms", "Mrs", "Dr")) + " " + pick(rnd, SURNAMES) + ",\n\n";
    String closing = "\n\n" + (complaint ? "Yours sincerely,\n" + writer + "\n"
        : "Kind regards,\n" + writer + "\nCustomer Relations, " + company + "\n");
    List<String> templates = complaint ? COMPLAINT : REPLY;

    StringBuilder b = new StringBuilder(chars + 400).append(greeting);
    int budget = Math.max(chars - closing.length(), b.length() + 1);
    boolean firstParagraph = true;
    while (b.length() < budget) {
      if (!firstParagraph) {
        b.append("\n\n");
      }
      if (complaint && !firstParagraph && rnd.nextInt(8) == 0) {
        // A bulleted list of requests, the layout complaints use for their demands.
        b.append("Please:");
        int items = 2 + rnd.nextInt(3);
        for (int i = 0; i < items && b.length() < budget; i++) {
          b.append("\n- ").append(fill(pick(rnd, LIST_ITEMS), rnd, company));
        }
        b.setCharAt(b.length() - 1, '.');
      } else {
        int sentences = 2 + rnd.nextInt(4);
        for (int i = 0; i < sentences && b.length() < budget; i++) {
          if (i > 0) {
            b.append(' ');
          }
          b.append(fill(pick(rnd, templates), rnd, company));
        }
      }
      firstParagraph = false;
    }
    return b.append(closing).toString();
  }

  private static String fill(String template, Random rnd, String company) {
    StringBuilder out = new StringBuilder(template.length() + 40);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      out.append(template, i, open);
      out.append(slot(template.substring(open + 1, close), rnd, company));
      i = close + 1;
    }
    return out.toString();
  }

  private static String slot(String name, Random rnd, String company) {
    return switch (name) {
      case "topic" -> pick(rnd, TOPICS);
      case "product" -> pick(rnd, PRODUCTS);
      case "staff" -> pick(rnd, STAFF);
      case "place" -> pick(rnd, PLACES);
      case "company" -> company;
      case "surname" -> pick(rnd, SURNAMES);
      case "month" -> pick(rnd, MONTHS);
      case "weekday" -> pick(rnd, WEEKDAYS);
      case "date" -> (1 + rnd.nextInt(28)) + " " + pick(rnd, MONTHS);
      case "amount" -> rnd.nextInt(3) == 0 ? "£" + (5 + rnd.nextInt(900)) + "." + (10 + rnd.nextInt(90))
          : "£" + (5 + rnd.nextInt(900));
      case "n" -> Integer.toString(2 + rnd.nextInt(40));
      case "ref" -> pick(rnd, List.of("CR", "REF", "CASE", "ACC")) + "-" + (100000 + rnd.nextInt(900000));
      default -> throw new IllegalArgumentException("unknown slot {" + name + "}");
    };
  }

  private static String pick(Random rnd, List<String> from) {
    return from.get(rnd.nextInt(from.size()));
  }
}
