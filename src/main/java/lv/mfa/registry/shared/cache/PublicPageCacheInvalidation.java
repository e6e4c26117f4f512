package lv.mfa.registry.shared.cache;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drops every cached public page, on every instance, when a change is committed through
 * Hibernate, whoever made it (admin forms, publish and withdraw, the importer):
 * registered once with Hibernate's event listeners, so no caller has to remember. Any
 * entity or collection change marks its Spring transaction; once that commits, this
 * instance's cache is emptied and the others are told ({@link PageCacheNotifications}),
 * once per transaction however many rows it wrote.
 */
@Component
class PublicPageCacheInvalidation implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private final EntityManagerFactory entityManagerFactory;

	private final PublicPageCache cache;

	private final PageCacheNotifications notifications;

	PublicPageCacheInvalidation(EntityManagerFactory entityManagerFactory, PublicPageCache cache,
			PageCacheNotifications notifications) {
		this.entityManagerFactory = entityManagerFactory;
		this.cache = cache;
		this.notifications = notifications;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.getService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		afterCommit();
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		afterCommit();
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		afterCommit();
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		afterCommit();
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		afterCommit();
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		afterCommit();
	}

	/** Evicts once the Spring transaction commits; at once outside one. */
	private void afterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			changeCommitted();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				changeCommitted();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(PublicPageCacheInvalidation.this);
			}

		});
	}

	private void changeCommitted() {
		this.cache.evictAll();
		this.notifications.changeCommitted();
	}

}
