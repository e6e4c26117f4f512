package lv.mfa.registry.shared;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drops every cached public page when a change is committed through Hibernate, whoever
 * made it (admin forms, publish and withdraw, the importer): registered once with
 * Hibernate's event listeners, so no caller has to remember. Entity inserts, updates and
 * deletes are handled after commit by Hibernate itself; collection changes (an event's
 * organisers) after the surrounding Spring transaction commits.
 */
@Component
class PublicPageCacheInvalidation
		implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private final EntityManagerFactory entityManagerFactory;

	private final PublicPageCache cache;

	PublicPageCacheInvalidation(EntityManagerFactory entityManagerFactory, PublicPageCache cache) {
		this.entityManagerFactory = entityManagerFactory;
		this.cache = cache;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.getService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_COMMIT_INSERT, this);
		registry.appendListeners(EventType.POST_COMMIT_UPDATE, this);
		registry.appendListeners(EventType.POST_COMMIT_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		this.cache.evictAll();
	}

	@Override
	public void onPostInsertCommitFailed(PostInsertEvent event) {
		// Nothing was committed: what is cached still holds.
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		this.cache.evictAll();
	}

	@Override
	public void onPostUpdateCommitFailed(PostUpdateEvent event) {
		// Nothing was committed.
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		this.cache.evictAll();
	}

	@Override
	public void onPostDeleteCommitFailed(PostDeleteEvent event) {
		// Nothing was committed.
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return true;
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		afterCommit(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		afterCommit(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		afterCommit(event);
	}

	/** Evicts once the Spring transaction commits; at once outside one. */
	private void afterCommit(AbstractCollectionEvent event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.cache.evictAll();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				PublicPageCacheInvalidation.this.cache.evictAll();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(PublicPageCacheInvalidation.this);
			}

		});
	}

}
