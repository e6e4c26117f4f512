package lv.mfa.registry.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTests {

	@Test
	void percentIsRoundedButNeverClaimsAllOrNothingFalsely() {
		assertThat(new Progress(2, 1).percent()).as("2 of 3").isEqualTo(67);
		assertThat(new Progress(1, 2).percent()).as("1 of 3").isEqualTo(33);
		assertThat(new Progress(1, 1).percent()).as("1 of 2").isEqualTo(50);
		assertThat(new Progress(199, 1).percent()).as("199 of 200, not all done").isEqualTo(99);
		assertThat(new Progress(1, 299).percent()).as("1 of 300, something done").isEqualTo(1);
		assertThat(new Progress(3, 0).percent()).isEqualTo(100);
		assertThat(new Progress(0, 3).percent()).isZero();
		assertThat(Progress.NONE.percent()).isZero();
	}

}
