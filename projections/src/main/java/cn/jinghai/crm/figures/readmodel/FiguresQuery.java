package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.projections.support.ReadModelQuery;

/** A query answered from the figures ledger: refused while the ledger is being rebuilt. */
public interface FiguresQuery extends ReadModelQuery {

    @Override
    default String readModel() {
        return FigureLedgerProjection.PROCESSING_GROUP;
    }
}
