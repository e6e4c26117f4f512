package lv.mfa.registry.dataset.admin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files kept between the preview and the confirmation, in the database so that
 * any instance can confirm what another previewed (V11). Each upload is its uploader's
 * only; uploads older than a day are dropped.
 */
@Repository
class PendingImports {

	static final Duration KEPT_FOR = Duration.ofDays(1);

	enum Kind {

		DATASET, PROGRESS

	}

	/** An uploaded file as it came. */
	record UploadedFile(String name, byte[] content) {
	}

	/** One upload waiting for its confirmation. */
	record Pending(long id, Kind kind, Long priorityId, List<UploadedFile> files) {
	}

	private final JdbcTemplate jdbc;

	PendingImports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	long save(Kind kind, String uploadedBy, Long priorityId, List<UploadedFile> files) {
		this.jdbc.update("delete from pending_import where uploaded_at < ?",
				Timestamp.from(Instant.now().minus(KEPT_FOR)));
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"insert into pending_import (kind, uploaded_by, priority_id) values (?, ?, ?)",
					new String[] { "id" });
			statement.setString(1, kind.name());
			statement.setString(2, uploadedBy);
			statement.setObject(3, priorityId);
			return statement;
		}, key);
		long id = key.getKey().longValue();
		for (int i = 0; i < files.size(); i++) {
			this.jdbc.update("insert into pending_import_file (import_id, position, name, content) values (?, ?, ?, ?)",
					id, i, files.get(i).name(), files.get(i).content());
		}
		return id;
	}

	@Transactional(readOnly = true)
	Optional<Pending> find(long id, String uploadedBy) {
		return this.jdbc
			.query("select kind, priority_id from pending_import where id = ? and uploaded_by = ? and uploaded_at >= ?",
					(rs, n) -> new Pending(id, Kind.valueOf(rs.getString("kind")),
							(Long) rs.getObject("priority_id", Long.class), files(id)),
					id, uploadedBy, Timestamp.from(Instant.now().minus(KEPT_FOR)))
			.stream()
			.findFirst();
	}

	@Transactional
	void delete(long id, String uploadedBy) {
		this.jdbc.update("delete from pending_import where id = ? and uploaded_by = ?", id, uploadedBy);
	}

	private List<UploadedFile> files(long id) {
		return this.jdbc.query("select name, content from pending_import_file where import_id = ? order by position",
				(rs, n) -> new UploadedFile(rs.getString("name"), rs.getBytes("content")), id);
	}

}
