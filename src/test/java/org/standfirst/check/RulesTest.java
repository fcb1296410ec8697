package org.standfirst.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of the house pack with text that must make it fire (and what it marks and offers
 * as a fix) and text that must not. Inputs are story bodies; "null" means no quick fix.
 */
class RulesTest {
    private static void assertFires(String rule, String body, String text, String replacement) {
        List<Finding> found = Checks.body(body, rule);
        assertThat(found).as("%s on %s", rule, body)
                .anySatisfy(f -> {
                    assertThat(f.text()).isEqualTo(text);
                    assertThat(f.replacement()).isEqualTo("null".equals(replacement) ? null : replacement);
                    assertThat(f.message()).isNotBlank().doesNotContain("{text}", "{replacement}");
                });
    }

    private static void silent(String rule, String body) {
        assertThat(Checks.body(body, rule)).as("%s on %s", rule, body).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "house.per-cent    | Recruitment fell by 60% in a year.            | 60%            | 60 per cent",
            "house.per-cent    | About 12.5 % of people took part.             | 12.5 %         | 12.5 per cent",
            "house.per-cent    | A 40 percent rise.                            | percent        | per cent",
            "house.spelling    | The tumor shrank.                             | tumor          | tumour",
            "house.spelling    | Tumors shrank in most people.                 | Tumors         | Tumours",
            "house.spelling    | The hematology team saw them.                 | hematology     | haematology",
            "house.spelling    | It treats esophageal cancer.                  | esophageal     | oesophageal",
            "house.spelling    | A randomized trial began.                     | randomized     | randomised",
            "house.programme   | The screening program grew.                   | program        | programme",
            "house.licence     | The drug has a license for adults.            | license        | licence",
            "house.hype        | A breakthrough in myeloma.                    | breakthrough   | null",
            "house.hype        | Some call it a miracle.                       | miracle        | null",
            "house.hype        | The scan is a game-changer.                   | game-changer   | null",
            "house.hype        | A revolutionary scanner.                      | revolutionary  | null",
            "house.cure        | The drug cured them.                          | cured          | null",
            "house.cure        | Is there a cure?                              | cure           | null",
            "house.person-first| Support for cancer victims.                   | cancer victims | null",
            "house.person-first| Sufferers often wait.                         | Sufferers      | null",
            "house.suffering-from | People suffering from myeloma.             | suffering from | null",
            "house.cancer-patients | Cancer patients took part.                | Cancer patients | People with cancer",
            "house.battle      | Her battle with cancer ended.                 | battle         | null",
            "house.battle      | The war on cancer continues.                  | war on cancer  | null",
            "house.battle      | He is fighting cancer.                        | fighting       | null",
            "house.institute   | The Institute leads the study.                | The Institute  | The Northfield Institute of Cancer Research",
            "house.institute   | NICR leads the study.                         | NICR           | Northfield Institute of Cancer Research (NICR)",
            "house.abbreviations | The MRD test was used.                      | MRD            | null",
            "house.capitalisation | We used Cryo-em to see it.                 | Cryo-em        | cryo-EM",
            "house.capitalisation | Read it on the Internet.                   | Internet       | internet",
            "house.numbers     | We saw 3 people.                              | 3              | three",
            "house.numbers     | 7 people joined.                              | 7              | Seven",
            "house.numbers     | 25 people joined.                             | 25             | null",
            "house.numbers     | About 15000 people joined.                    | 15000          | '15,000'",
            "house.dates       | It opened on August 3, 2025.                  | 'August 3, 2025' | 3 August 2025",
            "house.dates       | It opened on 3rd August.                      | 3rd August     | 3 August",
            "house.dates       | It opened on 03/08/2025.                      | 03/08/2025     | 3 August 2025",
            "house.dates       | It opened on 2025-08-03.                      | 2025-08-03     | 3 August 2025",
            "house.dates       | It opened on 3 Aug 2025.                      | 3 Aug 2025     | 3 August 2025",
            "house.passive-voice | The trial was stopped early.                | was stopped    | null",
            "house.passive-voice | The results were shown to the panel.        | were shown     | null",
            "a11y.image-alt    | ![](scan.png)                                 | ![](scan.png)  | null",
            "a11y.image-alt    | ![IMG_2041.jpg](IMG_2041.jpg)                 | ![IMG_2041.jpg](IMG_2041.jpg) | null",
            "a11y.image-alt    | ![mri-scan-final](mri-scan-final.png)         | ![mri-scan-final](mri-scan-final.png) | null",
            "a11y.link-text    | To join, [click here](https://example.org).   | click here     | null",
            "a11y.link-text    | See the results [here](https://example.org).  | here           | null",
            "a11y.link-text    | [Read more](https://example.org)              | Read more      | null",
            "a11y.capitals     | This is VERY IMPORTANT NEWS for you.          | VERY IMPORTANT NEWS | null",
            "spelling.american | My favorite stain.                            | favorite       | favourite",
            "spelling.american | We will utilize the samples.                  | utilize        | utilise",
            "spelling.american | The signaling-pathway map.                    | signaling      | signalling",
            "spelling.american | The leukemia's course.                        | leukemia's     | leukaemia's",
            "spelling.american | Hospitalizations fell.                        | Hospitalizations | Hospitalisations",
            "spelling.unknown  | The resulst were clear.                       | resulst        | null",
    })
    void fires(String rule, String body, String text, String replacement) {
        assertFires(rule, body, text, replacement);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "house.per-cent    | Recruitment fell by 60 per cent.",
            "house.per-cent    | Use `x = 60%` in the formula.",
            "house.per-cent    | See [the chart](https://example.org/60%25).",
            "house.spelling    | The tumour shrank.",
            "house.spelling    | She trained at MD Anderson Cancer Center in Texas.",
            "house.programme   | The screening programme grew.",
            "house.licence     | The drug has a licence for adults.",
            "house.licence     | Regulators license new drugs.",
            "house.hype        | The study found a modest benefit.",
            "house.cure        | The drug controlled the cancer for longer.",
            "house.cure        | Run the `cure` script from [the lab](https://example.org/cure).",
            "house.person-first| People with cancer took part.",
            "house.suffering-from | People living with myeloma took part.",
            "house.cancer-patients | People with cancer took part.",
            "house.battle      | The trial compared two treatments.",
            "house.institute   | The Northfield Institute of Cancer Research leads it. The Institute is in Leeds.",
            "house.institute   | Researchers at the Northfield Institute of Cancer Research (NICR) said NICR will lead.",
            "house.abbreviations | Minimal residual disease (MRD) was found. MRD matters.",
            "house.abbreviations | The NHS and the BBC reported it; BRCA1 and KRAS were tested in a phase III trial.",
            "house.abbreviations | EMBARGOED UNTIL MIDNIGHT",
            "house.capitalisation | Cryo-EM shows the shape. We used cryo-EM.",
            "house.numbers     | We saw three people.",
            "house.numbers     | They took 5 mg a day.",
            "house.numbers     | In phase 3 of the study.",
            "house.numbers     | It rose by 5% in 2.5 years, from 1,500 to 3 August.",
            "house.numbers     | The trial ran from 2021 to 2023.",
            "house.numbers     | 2021 was a hard year.",
            "house.numbers     | It cost £5 at 10:30 on 3/8.",
            "house.dates       | It opened on 3 August 2025.",
            "house.dates       | It opened in August 2025.",
            "house.dates       | We may 3D-print it.",
            "house.passive-voice | The team stopped the trial early.",
            "house.passive-voice | She is interested in imaging.",
            "house.sentence-length | A short sentence. Another short one.",
            "a11y.image-alt    | ![A patient lying in an MRI scanner](scan.png)",
            "a11y.heading-levels | ## One\\n\\n### Two\\n\\n## Three",
            "a11y.link-text    | Read [the trial results](https://example.org).",
            "a11y.link-text    | Go to https://example.org/here for more.",
            "a11y.capitals     | The NHS and MRI and DNA.",
            "a11y.capitals     | BRCA1, BRCA2, TP53 and KRAS",
            "spelling.american | The colour of the stain.",
            "spelling.american | We will analyse the samples.",
            "spelling.unknown  | Pembrolizumab, nivolumab and trastuzumab with BRCA1, BRCA2, TP53 and KRAS.",
            "spelling.unknown  | Myeloma, glioblastoma and mesothelioma; cryo-EM, immunotherapy and radiotherapy.",
            "spelling.unknown  | Write to press@northfield.ac.uk or see www.northfield.ac.uk/trials today.",
            "spelling.unknown  | The trial's results and the patients' views on day-to-day care.",
            "spelling.unknown  | Dr Okafor led it.",
            "spelling.unknown  | Run `resulst` in the shell.",
    })
    void doesNotFire(String rule, String body) {
        silent(rule, body.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a11y.heading-levels | ## One\\n\\n#### Two       | #### Two | ### Two",
            "a11y.heading-levels | # Title\\n\\nText.         | # Title  | null",
    })
    void firesOnMultilineBodies(String rule, String body, String text, String replacement) {
        assertFires(rule, body.replace("\\n", "\n"), text, replacement);
    }

    @org.junit.jupiter.api.Test
    void sentenceLengthCountsWords() {
        String longSentence = "Word " + "word ".repeat(30).strip() + ".";
        List<Finding> found = Checks.body("Short one. " + longSentence, "house.sentence-length");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.offset()).isEqualTo(11);
            assertThat(f.message()).contains("31 words");
        });
        silent("house.sentence-length", "word ".repeat(30).strip() + ".");
    }

    @org.junit.jupiter.api.Test
    void readabilityIsJudgedAgainstTheTargetForTheKind() {
        String hard = "Randomised controlled investigations necessitate considerable organisational infrastructure, "
                + "sophisticated methodological expertise and substantial institutional commitment throughout their "
                + "implementation, particularly when multinational collaborations coordinate heterogeneous populations. ";
        String plain = "People with cancer can join a trial. The team will tell you what it means. You can stop at any time. "
                + "Ask your doctor what trials are open near you. ";
        List<Finding> hardStory = Checks.body(hard.repeat(5), "house.readability");
        assertThat(hardStory).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("news story").contains("ease 50 or more").contains("grade 11 or less");
            assertThat(f.text()).startsWith("Randomised");
        });
        silent("house.readability", plain.repeat(6));
        silent("house.readability", hard);
        CheckResult r = Checks.ENGINE.check(Checks.story(plain.repeat(6)));
        assertThat(r.readability().ease()).isGreaterThan(70);
        assertThat(r.readability().grade()).isLessThan(6);
        assertThat(r.target()).isEqualTo(new ReadabilityRule.Target(50, 11));
        var section = Checks.ENGINE.findings(Checks.story(hard.repeat(5)).withKind(org.standfirst.model.ItemKind.REPORT_SECTION));
        assertThat(section).filteredOn(f -> f.rule().equals("house.readability")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("report section").contains("ease 30 or more"));
    }

    @org.junit.jupiter.api.Test
    void headlinesAreInSentenceCase() {
        var title = Checks.ENGINE.findings(Checks.story("Text.").withHeadline("Whole-Body MRI Finds Hidden Myeloma After Treatment"));
        assertThat(title).extracting(Finding::rule).contains("house.headline-case");
        var sentence = Checks.ENGINE.findings(Checks.story("Text.").withHeadline("Whole-body MRI finds hidden myeloma in Leeds"));
        assertThat(sentence).extracting(Finding::rule).doesNotContain("house.headline-case");
    }

    @org.junit.jupiter.api.Test
    void heroImageNeedsRealAltText() {
        var none = Checks.ENGINE.findings(Checks.story("Text.").withHero(new org.standfirst.model.HeroImage("a".repeat(64), "", "", "")));
        assertThat(none).filteredOn(f -> f.field().equals(Fields.HERO)).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a11y.image-alt", Severity.ERROR));
        var fileName = Checks.ENGINE.findings(Checks.story("Text.").withHero(new org.standfirst.model.HeroImage("a".repeat(64), "DSC_0042.JPG", "", "")));
        assertThat(fileName).extracting(Finding::field, Finding::text).contains(org.assertj.core.groups.Tuple.tuple(Fields.HERO, "DSC_0042.JPG"));
        var good = Checks.ENGINE.findings(Checks.story("Text.").withHero(new org.standfirst.model.HeroImage("a".repeat(64), "A researcher at a microscope", "", "")));
        assertThat(good).filteredOn(f -> f.field().equals(Fields.HERO)).isEmpty();
    }
}
