package cn.jinghai.crm.platform.projection;

import cn.jinghai.crm.projections.support.ReadModelBatch;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * The read models' processors' "transaction": a {@link ReadModelBatch} around each unit of work, so
 * the documents a batch of events changes are written together at its end, followed by the token.
 */
public final class ReadModelTransactionManager implements TransactionManager {

    public static final ReadModelTransactionManager INSTANCE = new ReadModelTransactionManager();

    private ReadModelTransactionManager() {
    }

    @Override
    public Transaction startTransaction() {
        ReadModelBatch batch = ReadModelBatch.begin();
        return new Transaction() {
            @Override
            public void commit() {
                batch.commit();
            }

            @Override
            public void rollback() {
                batch.rollback();
            }
        };
    }
}
