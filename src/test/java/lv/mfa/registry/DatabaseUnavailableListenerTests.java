package lv.mfa.registry;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableListenerTests {

	@Test
	void aRefusedConnectionMeansNoDatabaseAnswers() {
		SQLException refused = new SQLException("Connection to localhost:5999 refused", "08001",
				new ConnectException("Connection refused"));
		assertThat(DatabaseUnavailableListener.isUnreachable(refused)).isTrue();
		assertThat(DatabaseUnavailableListener.isUnreachable(new RuntimeException(new ConnectException()))).isTrue();
	}

	@Test
	void otherFailuresAreLeftToTheApplicationsOwnReport() {
		SQLException wrongPassword = new SQLException("password authentication failed", "28P01");
		assertThat(DatabaseUnavailableListener.isUnreachable(wrongPassword)).isFalse();
	}

	@Test
	void aDatabaseThatDoesNotExistIsNamedInOneSentence() {
		String url = "jdbc:postgresql://127.0.0.1:5432/registry_no_such_database_zzq";
		assertThat(DatabaseUnavailableListener.problem(url, "postgres", "")).hasValueSatisfying(
				(sentence) -> assertThat(sentence).contains(url).contains("does not exist").doesNotContain("\n"));
	}

}
