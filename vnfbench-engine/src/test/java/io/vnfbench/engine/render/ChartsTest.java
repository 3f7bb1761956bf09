package io.vnfbench.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.trend.History;
import io.vnfbench.engine.trend.Matrix;
import io.vnfbench.engine.trend.MetricKey;
import io.vnfbench.engine.trend.Profile;
import io.vnfbench.engine.trend.RunSummary;
import io.vnfbench.engine.trend.RunSummaryBuilder;
import io.vnfbench.engine.trend.RunViews;
import io.vnfbench.engine.trend.TrendSeries;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChartsTest {
    private static final MetricKey PPS = new MetricKey("chains=1,nfs=2,topology=snake", "udp-load", "throughput_pps");

    /** Histories of one metric: ordinary, with verdicts, and the odd cases charts must survive. */
    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("gated", history(40, i -> 1e6 * (1 + 0.01 * Math.sin(i)), true)),
                Arguments.of("empty", new History(List.of())),
                Arguments.of("one-point", history(1, i -> 5e5, false)),
                Arguments.of("all-nan", history(5, i -> Double.NaN, false)),
                Arguments.of("some-nan", history(10, i -> i % 3 == 0 ? Double.NaN : 42.0 + i, false)),
                Arguments.of("all-equal", flat(history(12, i -> 7.0, false))),
                Arguments.of("zeros", flat(history(12, i -> 0.0, false))),
                Arguments.of("thousands", history(5000, i -> 1e6 + (i % 97) * 1e3, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void shouldRenderTrendsThatDecodeAtTheRequestedSizeAndRepeatByteForByte(String name, History history)
            throws IOException {
        for (ChartSize size : List.of(ChartSize.SMALL, ChartSize.WIDE)) {
            for (TrendChart.XAxisMode mode : TrendChart.XAxisMode.values()) {
                // given
                TrendSeries series = history.series(PPS);
                TrendChart.Options options = new TrendChart.Options(size, mode, 0, null);

                // when
                byte[] first = TrendChart.render(series, options);
                byte[] second = TrendChart.render(series, options);

                // then
                assertDecodes(first, size);
                assertThat(second).as("same input, same bytes").isEqualTo(first);
                save("trend-" + name + "-" + mode + "-" + size.width(), first);
            }
        }
    }

    @Test
    void shouldRenderSeveralTestKeysOnOneTrend() throws IOException {
        // given
        History history = history(30, i -> 1e6, true);
        MetricKey other = new MetricKey("chains=2,nfs=2,topology=snake", PPS.source(), PPS.metric());
        List<RunSummary> runs = new ArrayList<>();
        for (RunSummary r : history.runs()) {
            RunSummaryBuilder b = new RunSummaryBuilder(r.runId()).runNumber(r.runNumber());
            b.addSample(PPS, "pps", r.metric(PPS).orElseThrow().statistics().median());
            b.addSample(other, "pps", 8e5);
            runs.add(b.build());
        }
        History two = new History(runs);

        // when
        byte[] png = TrendChart.render(List.of(two.series(PPS), two.series(other)),
                TrendChart.Options.of(ChartSize.SMALL));

        // then
        assertDecodes(png, ChartSize.SMALL);
    }

    @Test
    void shouldDrawRegressionMarkersInTheirOwnColour() throws IOException {
        // given
        History history = history(20, i -> i < 15 ? 1e6 : 8e5, true);

        // when
        BufferedImage image = decode(TrendChart.render(history.series(PPS), TrendChart.Options.of(ChartSize.WIDE)));

        // then: some pixels carry the regression marker's vermillion
        assertThat(count(image, ChartStyle.VERMILLION.getRGB())).isPositive();
    }

    @Test
    void shouldRenderProfilesIncludingOddOnes() throws IOException {
        RunSummary run = matrixRun();
        List<Profile> profiles = List.of(
                RunViews.profile(run, "nfvbench", "ndr", "nfs", "topology", Map.of("chains", "1")),
                RunViews.profile(run, "nfvbench", "ndr", "nfs", null, Map.of("chains", "1", "topology", "snake")),
                RunViews.profile(run, "nfvbench", "missing", "nfs", "topology", Map.of()),
                RunViews.profile(run, "nfvbench", "ndr", "nfs", "topology", Map.of("chains", "99")),
                new Profile("m", "", "x", null, Map.of(), List.of(new Profile.Series("one",
                        List.of(new Profile.Point(3, 5, Double.NaN, Double.NaN))))),
                new Profile("m", "ms", "x", "s", Map.of(), List.of(new Profile.Series("s=1",
                        List.of(new Profile.Point(0.5, Double.NaN, 1, 2), new Profile.Point(1.5, 0, 0, 0))))));
        int i = 0;
        for (Profile profile : profiles) {
            for (ChartSize size : List.of(ChartSize.SMALL, ChartSize.WIDE)) {
                byte[] png = ProfileChart.render(profile, size, null);
                assertDecodes(png, size);
                assertThat(ProfileChart.render(profile, size, null)).isEqualTo(png);
                save("profile-" + i + "-" + size.width(), png);
            }
            i++;
        }
    }

    @Test
    void shouldRenderMatricesIncludingOddOnes() throws IOException {
        RunSummary run = matrixRun();
        List<Matrix> matrices = List.of(
                RunViews.matrix(run, "nfvbench", "ndr", "chains", "nfs", Map.of("topology", "snake")),
                RunViews.matrix(run, "nfvbench", "ndr", "chains", "nfs", Map.of("topology", "nowhere")),
                new Matrix("m", "", "r", List.of("a"), "c", List.of("b"), Map.of(), new double[][] {{Double.NaN}}),
                new Matrix("m", "pps", "r", List.of("1", "2"), "c", List.of("1", "2"), Map.of(),
                        new double[][] {{5, 5}, {5, Double.NaN}}),
                wide());
        int i = 0;
        for (Matrix matrix : matrices) {
            for (ChartSize size : List.of(ChartSize.SMALL, ChartSize.WIDE)) {
                byte[] png = MatrixChart.render(matrix, size, null);
                assertDecodes(png, size);
                assertThat(MatrixChart.render(matrix, size, null)).isEqualTo(png);
                save("matrix-" + i + "-" + size.width(), png);
            }
            i++;
        }
    }

    @Test
    void shouldFormatNumbersWithSiPrefixes() {
        assertThat(SiFormat.si(6_250_000)).isEqualTo("6.25M");
        assertThat(SiFormat.si(980_000)).isEqualTo("980k");
        assertThat(SiFormat.si(999_999)).isEqualTo("1M");
        assertThat(SiFormat.si(12.5)).isEqualTo("12.5");
        assertThat(SiFormat.si(0.00035)).isEqualTo("350µ");
        assertThat(SiFormat.si(0)).isEqualTo("0");
        assertThat(SiFormat.si(-1500)).isEqualTo("-1.5k");
        assertThat(SiFormat.si(Double.NaN)).isEqualTo("–");
    }

    private static Matrix wide() {
        List<String> cols = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            cols.add(Integer.toString(c));
        }
        double[][] values = new double[3][40];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 40; c++) {
                values[r][c] = r * 1e6 + c * 1e4;
            }
        }
        return new Matrix("wide", "pps", "r", List.of("a", "b", "c"), "c", cols, Map.of(), values);
    }

    static RunSummary matrixRun() {
        RunSummaryBuilder b = new RunSummaryBuilder("matrix");
        for (String topology : new String[] {"snake", "pipeline"}) {
            for (int chains : new int[] {1, 2, 4, 8}) {
                for (int nfs : new int[] {1, 2, 4, 8}) {
                    String key = "chains=" + chains + ",nfs=" + nfs + ",topology=" + topology;
                    double ndr = topology.equals("snake") ? 6.25e6 / nfs : 6.3e6 - chains * 1e5;
                    MetricKey k = new MetricKey(key, "nfvbench", "ndr");
                    b.addSample(k, "pps", ndr * 0.99).addSample(k, "pps", ndr).addSample(k, "pps", ndr * 1.01);
                }
            }
        }
        return b.build();
    }

    interface Level {
        double at(int run);
    }

    static History history(int runs, Level level, boolean gated) {
        Random random = new Random(runs);
        List<RunSummary> list = new ArrayList<>(runs);
        for (int r = 0; r < runs; r++) {
            double v = level.at(r);
            RunSummaryBuilder b = new RunSummaryBuilder("run-" + (r + 1)).runNumber(r + 1L)
                    .timestamp(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * r));
            for (int t = 0; t < 3; t++) {
                b.addSample(PPS, "pps", Double.isNaN(v) ? v : v * (1 + 0.01 * random.nextGaussian()));
            }
            if (gated) {
                double base = level.at(Math.max(0, r - 1));
                Verdict verdict = v < base * 0.95 ? Verdict.REGRESSION : v > base * 1.05 ? Verdict.IMPROVEMENT : Verdict.PASS;
                b.verdict(PPS, Direction.HIGHER_IS_BETTER, verdict, "run-" + r, base);
                b.gate(verdict == Verdict.REGRESSION ? GateOutcome.FAILED : GateOutcome.PASSED);
            }
            list.add(b.build());
        }
        return new History(list);
    }

    /** The same history with every sample replaced by the run's median: no spread at all. */
    static History flat(History history) {
        List<RunSummary> runs = new ArrayList<>();
        for (RunSummary r : history.runs()) {
            double v = Math.rint(r.metric(PPS).orElseThrow().statistics().median());
            runs.add(new RunSummaryBuilder(r.runId()).runNumber(r.runNumber()).timestamp(r.timestamp())
                    .addSample(PPS, "pps", v).addSample(PPS, "pps", v).build());
        }
        return new History(runs);
    }

    static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("PNG decodes").isNotNull();
        return image;
    }

    static void assertDecodes(byte[] png, ChartSize size) throws IOException {
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(size.width());
        assertThat(image.getHeight()).isEqualTo(size.height());
    }

    private static long count(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Keeps the charts under target/ so a person can look at them. */
    private static void save(String name, byte[] png) throws IOException {
        Path dir = Path.of("target", "charts");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), png);
    }
}
